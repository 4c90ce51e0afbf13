package com.gmpgate.pass;

/** The verdicts that earn a pass; the other verdicts never produce a token. */
public enum PassVerdict {
    PASS,
    CONDITIONAL_PASS
}
