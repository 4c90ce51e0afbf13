package com.gmpgate.domain.rules;

import java.math.BigDecimal;

/** A numeric test of the rule language: {@code atLeast}, {@code above}, {@code atMost}, {@code below}. */
public enum Comparison {
    AT_LEAST("atLeast"),
    ABOVE("above"),
    AT_MOST("atMost"),
    BELOW("below");

    private final String key;

    Comparison(String key) {
        this.key = key;
    }

    /** The YAML key. */
    public String key() {
        return key;
    }

    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
            case AT_MOST -> c <= 0;
            case BELOW -> c < 0;
        };
    }
}
