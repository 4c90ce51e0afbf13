package com.gmpgate.domain.analysis;

import com.gmpgate.domain.verdict.WoundAssessment;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link com.gmpgate.port.WoundAssessor} made of a photo: a schema-valid assessment, or the reason there is
 * none. Exactly one of {@code assessment} and {@code reviewReason} is present.
 *
 * @param provider   {@code bedrock} or {@code manual}
 * @param call       the model call, when one was made
 * @param diagnostic for the operator's log only (an error code and HTTP status, a validation path); never shown to
 *                   a client and never a raw SDK message
 */
public record AssessmentOutcome(
        String provider,
        Optional<ModelCall> call,
        Optional<WoundAssessment> assessment,
        Optional<ReviewReason> reviewReason,
        Optional<String> diagnostic) {

    public AssessmentOutcome {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(reviewReason, "reviewReason");
        Objects.requireNonNull(diagnostic, "diagnostic");
        if (assessment.isPresent() == reviewReason.isPresent()) {
            throw new IllegalArgumentException("exactly one of assessment and reviewReason");
        }
    }

    public static AssessmentOutcome assessed(String provider, ModelCall call, WoundAssessment assessment) {
        return new AssessmentOutcome(provider, Optional.of(call), Optional.of(assessment), Optional.empty(),
                Optional.empty());
    }

    public static AssessmentOutcome needsReview(String provider, Optional<ModelCall> call, ReviewReason reason,
                                                String diagnostic) {
        return new AssessmentOutcome(provider, call, Optional.empty(), Optional.of(reason),
                Optional.ofNullable(diagnostic));
    }
}
