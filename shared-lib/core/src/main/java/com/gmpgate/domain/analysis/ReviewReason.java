package com.gmpgate.domain.analysis;

/**
 * Why an analysis has no usable automatic assessment ({@link AnalysisStatus#NEEDS_REVIEW}): a supervisor decides,
 * so the submission ends in PENDING_REVIEW, never in a pass. Stored as {@link Analysis#failure()}.
 */
public enum ReviewReason {
    /** The provider is {@code manual}: no model is asked. */
    MANUAL_REVIEW(false),
    /** Bedrock throttled the call (429); not retried at length inside a 29 s API call. */
    MODEL_THROTTLED(true),
    /** The model or the client-side timeout ran out. */
    MODEL_TIMEOUT(true),
    /** Bedrock is unavailable (503) or the model is not ready. */
    MODEL_UNAVAILABLE(true),
    /** Any other refusal or failure of the call (validation, access, model error): a configuration problem. */
    MODEL_ERROR(false),
    /** The reply was filtered (content filter, guardrail). */
    MODEL_REFUSED(false),
    /** The reply had no call of the assessment tool (text only, or another tool). */
    NO_TOOL_CALL(false),
    /** The tool input did not fit the assessment schema, or was cut off. */
    INVALID_TOOL_INPUT(false),
    /** A valid assessment whose confidence is below the threshold. */
    LOW_CONFIDENCE(false),
    /** The model could not judge the photo (blurred, dark, no hand in view). */
    IMAGE_NOT_USABLE(false);

    private final boolean transientFailure;

    ReviewReason(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Asking again later may give an assessment, so a new analysis of the same photo is allowed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
