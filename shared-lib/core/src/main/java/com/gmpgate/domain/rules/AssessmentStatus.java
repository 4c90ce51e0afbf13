package com.gmpgate.domain.rules;

/**
 * Whether a photo item's wound assessment can be relied on. Only a TRUSTED assessment is looked at by
 * wound-field tests; every other status is something the pack sends to a human.
 */
public enum AssessmentStatus {
    /** No assessment for the photo (yet). */
    MISSING,
    /** {@code imageUsable=false}: blurred, dark, not a hand, or a reply the adapter could not map. */
    UNUSABLE,
    /** A model's assessment with a confidence below the pack's {@code confidenceThreshold}. */
    LOW_CONFIDENCE,
    /** Usable, and either confident enough or from a reviewer. */
    TRUSTED
}
