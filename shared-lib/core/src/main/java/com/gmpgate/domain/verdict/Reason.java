package com.gmpgate.domain.verdict;

import com.gmpgate.domain.LocalizedText;
import java.util.Objects;

/** Why the verdict is what it is: the rule that fired, what it tells the worker, and its authority. */
public record Reason(String ruleId, LocalizedText message, Citation citation) {
    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
