package com.gmpgate.domain.verdict;

import com.gmpgate.domain.verdict.WoundAssessment.BodyLocation;
import com.gmpgate.domain.verdict.WoundAssessment.CoverType;
import com.gmpgate.domain.verdict.WoundAssessment.Severity;
import com.gmpgate.domain.verdict.WoundAssessment.WoundType;
import java.util.Optional;

/** Test data: a wound assessment built from a readable starting point, one change at a time. */
public record Wound(
        boolean imageUsable,
        boolean woundPresent,
        WoundType type,
        BodyLocation location,
        Severity severity,
        boolean infectionSigns,
        boolean bleeding,
        boolean covered,
        CoverType coverType,
        double confidence) {

    /** A small cut on a finger under a waterproof dressing, seen clearly. */
    public static Wound minorCovered() {
        return new Wound(true, true, WoundType.CUT, BodyLocation.FINGER, Severity.MINOR, false, false, true,
                CoverType.WATERPROOF_DRESSING, 0.9);
    }

    public static Wound noneVisible() {
        return new Wound(true, false, WoundType.NONE, BodyLocation.NONE, Severity.NONE, false, false, false,
                CoverType.NONE, 0.9);
    }

    public static Wound unusable() {
        return new Wound(false, false, WoundType.NONE, BodyLocation.NONE, Severity.NONE, false, false, false,
                CoverType.NONE, 0.0);
    }

    public Wound infected() {
        return new Wound(imageUsable, true, type, location, severity, true, bleeding, covered, coverType, confidence);
    }

    public Wound boil() {
        return new Wound(imageUsable, true, WoundType.BOIL, location, severity, infectionSigns, bleeding, covered, coverType, confidence);
    }

    public Wound bleeds() {
        return new Wound(imageUsable, true, type, location, severity, infectionSigns, true, covered, coverType, confidence);
    }

    public Wound severity(Severity s) {
        return new Wound(imageUsable, woundPresent, type, location, s, infectionSigns, bleeding, covered, coverType, confidence);
    }

    public Wound uncovered() {
        return new Wound(imageUsable, woundPresent, type, location, severity, infectionSigns, bleeding, false, CoverType.NONE, confidence);
    }

    public Wound cover(CoverType cover) {
        return new Wound(imageUsable, woundPresent, type, location, severity, infectionSigns, bleeding,
                cover != CoverType.NONE, cover, confidence);
    }

    public Wound at(BodyLocation where) {
        return new Wound(imageUsable, woundPresent, type, where, severity, infectionSigns, bleeding, covered, coverType, confidence);
    }

    public Wound confidence(double c) {
        return new Wound(imageUsable, woundPresent, type, location, severity, infectionSigns, bleeding, covered, coverType, c);
    }

    public Wound withInfection(boolean v) {
        return new Wound(imageUsable, woundPresent, type, location, severity, v, bleeding, covered, coverType, confidence);
    }

    public Wound withBleeding(boolean v) {
        return new Wound(imageUsable, woundPresent, type, location, severity, infectionSigns, v, covered, coverType, confidence);
    }

    public WoundAssessment assessment() {
        return new WoundAssessment(imageUsable, imageUsable ? Optional.empty() : Optional.of("BLURRED"), woundPresent,
                type, location, severity, infectionSigns, bleeding, covered, coverType, confidence, "테스트 판독");
    }
}
