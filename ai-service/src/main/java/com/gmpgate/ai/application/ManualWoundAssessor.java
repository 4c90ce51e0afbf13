package com.gmpgate.ai.application;

import com.gmpgate.domain.analysis.AssessmentOutcome;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.port.WoundAssessor;
import java.util.Optional;

/** Provider {@code manual}: no model is asked; every photo goes to a supervisor (the local default). */
public final class ManualWoundAssessor implements WoundAssessor {

    public static final String PROVIDER = "manual";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public AssessmentOutcome assess(byte[] jpeg) {
        return AssessmentOutcome.needsReview(PROVIDER, Optional.empty(), ReviewReason.MANUAL_REVIEW, null);
    }
}
