package com.gmpgate.domain.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-evaluating a stored verdict.
 *
 * @param differences the record components that differ (e.g. {@code verdict}, {@code reasons}); empty when it matches
 */
public record ReplayResult(VerdictRecord recorded, VerdictRecord replayed, List<String> differences) {
    public ReplayResult {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(replayed, "replayed");
        differences = List.copyOf(differences);
    }

    public boolean matches() {
        return differences.isEmpty();
    }
}
