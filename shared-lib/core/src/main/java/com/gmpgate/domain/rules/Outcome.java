package com.gmpgate.domain.rules;

import com.gmpgate.domain.verdict.Verdict;

/** What a rule does when it fires (RULES.md), and the verdict that maps to. */
public enum Outcome {
    /** Not admitted today; the rule says when the worker may come back. */
    EXCLUDE(Verdict.FAIL),
    /** Admitted to a restricted zone or task only; the rule names the condition. */
    RESTRICT(Verdict.CONDITIONAL_PASS),
    /** Not admitted until fixed and answered again (jewelry off, hands washed); no lockout. */
    CORRECTABLE(Verdict.ACTION_REQUIRED),
    /** A supervisor decides. */
    REVIEW(Verdict.PENDING_REVIEW),
    /** Admitted under a condition (e.g. gloves over a covered wound). */
    CONDITION(Verdict.CONDITIONAL_PASS);

    private final Verdict verdict;

    Outcome(Verdict verdict) {
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** RESTRICT and CONDITION rules carry the condition the pass is issued under. */
    public boolean needsCondition() {
        return this == RESTRICT || this == CONDITION;
    }
}
