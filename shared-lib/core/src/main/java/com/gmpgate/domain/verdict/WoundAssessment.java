package com.gmpgate.domain.verdict;

import java.util.Objects;
import java.util.Optional;

/**
 * What is seen on a wound photo (DESIGN.md §4), from the vision model or from a reviewer. The model's
 * reply is untrusted: the adapter maps it onto these closed types and anything it cannot map becomes
 * {@code imageUsable=false}, which sends the case to a human.
 */
public record WoundAssessment(
        boolean imageUsable,
        Optional<String> qualityIssue,
        boolean woundPresent,
        WoundType woundType,
        BodyLocation location,
        Severity severity,
        boolean infectionSigns,
        boolean bleeding,
        boolean covered,
        CoverType coverType,
        double confidence,
        String summary) {

    public WoundAssessment {
        Objects.requireNonNull(qualityIssue, "qualityIssue");
        Objects.requireNonNull(woundType, "woundType");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(coverType, "coverType");
        Objects.requireNonNull(summary, "summary");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    public enum WoundType { NONE, CUT, ABRASION, BURN, BLISTER, PUNCTURE, BOIL, RASH, OTHER }

    public enum BodyLocation { NONE, FINGER, HAND, WRIST, FOREARM, OTHER }

    public enum Severity { NONE, MINOR, MODERATE, SEVERE }

    public enum CoverType { NONE, BANDAGE, WATERPROOF_DRESSING, FINGER_COT, GLOVE, OTHER }

    /** An impermeable cover in the sense of Food Code 2-201.11(A)(1)(e) and our packs. */
    public boolean coveredWaterproof() {
        return covered && (coverType == CoverType.WATERPROOF_DRESSING || coverType == CoverType.FINGER_COT
                || coverType == CoverType.GLOVE);
    }
}
