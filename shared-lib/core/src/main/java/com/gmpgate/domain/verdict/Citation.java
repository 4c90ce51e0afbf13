package com.gmpgate.domain.verdict;

import java.util.Objects;

/**
 * The authority a rule stands on. {@code verified=false} marks a clause read second-hand, for the
 * plant's QA to confirm before go-live (RULES.md).
 */
public record Citation(CitationKind kind, String source, boolean verified) {
    public Citation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("citation source is blank");
        }
    }
}
