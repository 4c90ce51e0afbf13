package com.gmpgate.domain.rules;

import com.gmpgate.domain.verdict.WoundAssessment;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fields of a {@link WoundAssessment} a rule can test, by their YAML name. */
public enum WoundField {
    WOUND_PRESENT("woundPresent", Kind.FLAG, null),
    INFECTION_SIGNS("infectionSigns", Kind.FLAG, null),
    BLEEDING("bleeding", Kind.FLAG, null),
    COVERED("covered", Kind.FLAG, null),
    /** Derived: covered with an impermeable cover ({@link WoundAssessment#coveredWaterproof()}). */
    COVERED_WATERPROOF("coveredWaterproof", Kind.FLAG, null),
    WOUND_TYPE("woundType", Kind.CHOICE, WoundAssessment.WoundType.class),
    LOCATION("location", Kind.CHOICE, WoundAssessment.BodyLocation.class),
    SEVERITY("severity", Kind.CHOICE, WoundAssessment.Severity.class),
    COVER_TYPE("coverType", Kind.CHOICE, WoundAssessment.CoverType.class),
    CONFIDENCE("confidence", Kind.NUMBER, null);

    /** How the field is tested: {@code is}, {@code in}, or a comparison. */
    public enum Kind { FLAG, CHOICE, NUMBER }

    private final String key;
    private final Kind kind;
    private final Class<? extends Enum<?>> choices;

    WoundField(String key, Kind kind, Class<? extends Enum<?>> choices) {
        this.key = key;
        this.kind = kind;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed values of a CHOICE field. */
    public List<String> choices() {
        return choices == null ? List.of()
                : Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
    }

    public static Optional<WoundField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    boolean flag(WoundAssessment a) {
        return switch (this) {
            case WOUND_PRESENT -> a.woundPresent();
            case INFECTION_SIGNS -> a.infectionSigns();
            case BLEEDING -> a.bleeding();
            case COVERED -> a.covered();
            case COVERED_WATERPROOF -> a.coveredWaterproof();
            default -> throw new IllegalStateException(key + " is not a flag");
        };
    }

    String choice(WoundAssessment a) {
        return switch (this) {
            case WOUND_TYPE -> a.woundType().name();
            case LOCATION -> a.location().name();
            case SEVERITY -> a.severity().name();
            case COVER_TYPE -> a.coverType().name();
            default -> throw new IllegalStateException(key + " is not a choice");
        };
    }

    BigDecimal number(WoundAssessment a) {
        if (this != CONFIDENCE) {
            throw new IllegalStateException(key + " is not a number");
        }
        return BigDecimal.valueOf(a.confidence());
    }
}
