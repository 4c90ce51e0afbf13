package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.Pass;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission as the use cases hand it to the API: the record, the pass it earned while that pass can still be
 * shown (neither revoked nor expired), and, when the caller looked at one submission, the id of each photo's
 * analysis (image key to analysis id) so a reviewer can open it.
 */
public record Screening(Submission submission, Optional<Pass> pass, Map<String, String> analysisIds) {
    public Screening {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(pass, "pass");
        analysisIds = Map.copyOf(analysisIds);
    }
}
