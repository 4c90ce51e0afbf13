package com.gmpgate.domain.verdict;

/** What kind of authority a rule stands on (RULES.md): never dress a plant's own threshold up as law. */
public enum CitationKind {
    LAW,
    GUIDANCE,
    SITE_POLICY
}
