package com.gmpgate.domain.verdict;

import com.gmpgate.domain.LocalizedText;
import java.util.Objects;

/**
 * A condition attached to a CONDITIONAL_PASS, e.g. {@code GLOVES_OVER_COVERED_WOUND}. The code travels in
 * the pass token ({@code cnd}); the message is shown to the worker and to the guard.
 */
public record Condition(String code, LocalizedText message) {
    public Condition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("condition code must be UPPER_SNAKE: " + code);
        }
    }
}
