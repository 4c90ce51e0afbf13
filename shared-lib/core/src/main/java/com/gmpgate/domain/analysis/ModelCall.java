package com.gmpgate.domain.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * One call of a vision model, for audit and cost: which model, how long the caller waited, and the tokens the
 * service reported (absent when the call failed before a reply).
 */
public record ModelCall(String modelId, long latencyMs, Optional<Integer> inputTokens, Optional<Integer> outputTokens) {
    public ModelCall {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(inputTokens, "inputTokens");
        Objects.requireNonNull(outputTokens, "outputTokens");
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs " + latencyMs);
        }
    }
}
