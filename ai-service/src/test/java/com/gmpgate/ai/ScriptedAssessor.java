package com.gmpgate.ai;

import com.gmpgate.domain.analysis.AssessmentOutcome;
import com.gmpgate.domain.analysis.ModelCall;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.domain.verdict.WoundAssessment.BodyLocation;
import com.gmpgate.domain.verdict.WoundAssessment.CoverType;
import com.gmpgate.domain.verdict.WoundAssessment.Severity;
import com.gmpgate.domain.verdict.WoundAssessment.WoundType;
import com.gmpgate.port.WoundAssessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A test double of the model: answers what the test scripted and keeps every photo it was shown. */
public final class ScriptedAssessor implements WoundAssessor {

    public static final String MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    public static final ModelCall CALL = new ModelCall(MODEL, 1234, Optional.of(1650), Optional.of(140));

    private AssessmentOutcome next = assessed(minorCoveredCut(0.9));
    private final List<byte[]> seen = new ArrayList<>();

    public static WoundAssessment minorCoveredCut(double confidence) {
        return new WoundAssessment(true, Optional.empty(), true, WoundType.CUT, BodyLocation.FINGER, Severity.MINOR,
                false, false, true, CoverType.WATERPROOF_DRESSING, confidence, "검지에 방수 밴드로 덮인 작은 상처가 있습니다.");
    }

    public static WoundAssessment unusable() {
        return new WoundAssessment(false, Optional.of("너무 어둡습니다."), false, WoundType.NONE, BodyLocation.NONE,
                Severity.NONE, false, false, false, CoverType.NONE, 0.2, "사진이 너무 어두워 판단할 수 없습니다.");
    }

    public static AssessmentOutcome assessed(WoundAssessment assessment) {
        return AssessmentOutcome.assessed("bedrock", CALL, assessment);
    }

    public static AssessmentOutcome failed(ReviewReason reason) {
        return AssessmentOutcome.needsReview("bedrock", Optional.of(new ModelCall(MODEL, 80, Optional.empty(),
                Optional.empty())), reason, "scripted " + reason);
    }

    public synchronized ScriptedAssessor answer(AssessmentOutcome outcome) {
        this.next = outcome;
        return this;
    }

    public synchronized List<byte[]> seen() {
        return List.copyOf(seen);
    }

    @Override
    public String provider() {
        return "bedrock";
    }

    @Override
    public synchronized AssessmentOutcome assess(byte[] jpeg) {
        seen.add(jpeg.clone());
        return next;
    }
}
