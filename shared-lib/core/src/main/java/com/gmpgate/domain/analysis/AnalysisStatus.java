package com.gmpgate.domain.analysis;

public enum AnalysisStatus {
    /** Accepted, not analysed yet. */
    PENDING,
    /** The model returned a valid assessment. */
    COMPLETED,
    /** No usable automatic assessment (manual provider, model error, odd reply): a human decides. */
    NEEDS_REVIEW,
    /** The image itself was refused (wrong type, too large, pixel flood). */
    REJECTED
}
