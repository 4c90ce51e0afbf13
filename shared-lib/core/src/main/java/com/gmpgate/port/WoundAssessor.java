package com.gmpgate.port;

import com.gmpgate.domain.analysis.AssessmentOutcome;

/**
 * Looks at a wound photo (DESIGN.md §4). Implementations: Bedrock Converse with a forced tool call, and
 * {@code manual} (no model; every photo goes to a supervisor).
 */
public interface WoundAssessor {

    /** {@code bedrock} or {@code manual}, as stored with the analysis. */
    String provider();

    /**
     * @param jpeg a re-encoded JPEG without metadata, at most 1568 px on the long side
     * @return never null; whatever the model does (throttling, timeouts, odd replies) is an outcome with a
     *         {@link com.gmpgate.domain.analysis.ReviewReason}, never an exception
     */
    AssessmentOutcome assess(byte[] jpeg);
}
