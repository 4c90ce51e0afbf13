package com.gmpgate.domain.rules;

import com.gmpgate.domain.verdict.AssessmentSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's condition: the small predicate language of the rule packs. Each form maps one YAML shape
 * (see {@link RulePackLoader}). Tests on an unanswered item or an untrusted assessment are false, so a rule
 * only fires on what is actually known; MISSING / UNUSABLE / LOW_CONFIDENCE are tested explicitly.
 */
public sealed interface When {

    boolean test(Facts facts);

    /** {@code {all: [..]}} */
    record All(List<When> of) implements When {
        public All {
            of = List.copyOf(of);
        }

        @Override
        public boolean test(Facts facts) {
            return of.stream().allMatch(w -> w.test(facts));
        }
    }

    /** {@code {any: [..]}} */
    record Any(List<When> of) implements When {
        public Any {
            of = List.copyOf(of);
        }

        @Override
        public boolean test(Facts facts) {
            return of.stream().anyMatch(w -> w.test(facts));
        }
    }

    /** {@code {not: ..}} */
    record Not(When of) implements When {
        public Not {
            Objects.requireNonNull(of, "of");
        }

        @Override
        public boolean test(Facts facts) {
            return !of.test(facts);
        }
    }

    /** {@code {item: jaundice, is: true}} */
    record ItemIs(String itemId, boolean value) implements When {
        public ItemIs {
            Objects.requireNonNull(itemId, "itemId");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.bool(itemId).map(b -> b == value).orElse(false);
        }
    }

    /**
     * {@code {item: temperature, atLeast: 37.5}} or {@code {item: temperature, atLeast: {setting: feverThresholdC}}};
     * a setting is resolved when the pack is loaded, and its name kept for reading.
     */
    record ItemCompare(String itemId, Comparison comparison, BigDecimal threshold, Optional<String> setting) implements When {
        public ItemCompare {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(setting, "setting");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.number(itemId).map(n -> comparison.test(n, threshold)).orElse(false);
        }
    }

    /** {@code {photo: hand_wound_photo, assessment: MISSING}} */
    record AssessmentIs(String photoItemId, AssessmentStatus status) implements When {
        public AssessmentIs {
            Objects.requireNonNull(photoItemId, "photoItemId");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.status(photoItemId) == status;
        }
    }

    /**
     * {@code {photo: hand_wound_photo, assessedBy: MODEL}}: whose assessment counts (a reviewer's replaces the model's);
     * false when there is none.
     */
    record AssessedBy(String photoItemId, AssessmentSource source) implements When {
        public AssessedBy {
            Objects.requireNonNull(photoItemId, "photoItemId");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.source(photoItemId).map(s -> s == source).orElse(false);
        }
    }

    /** {@code {photo: hand_wound_photo, wound: infectionSigns, is: true}}; false unless the assessment is trusted. */
    record WoundIs(String photoItemId, WoundField field, boolean value) implements When {
        public WoundIs {
            Objects.requireNonNull(photoItemId, "photoItemId");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.trusted(photoItemId).map(a -> field.flag(a) == value).orElse(false);
        }
    }

    /** {@code {photo: hand_wound_photo, wound: severity, in: [MODERATE, SEVERE]}}; false unless trusted. */
    record WoundIn(String photoItemId, WoundField field, Set<String> values) implements When {
        public WoundIn {
            Objects.requireNonNull(photoItemId, "photoItemId");
            Objects.requireNonNull(field, "field");
            values = Set.copyOf(values);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.trusted(photoItemId).map(a -> values.contains(field.choice(a))).orElse(false);
        }
    }

    /** {@code {photo: hand_wound_photo, wound: confidence, atLeast: 0.9}}; false unless trusted. */
    record WoundCompare(String photoItemId, WoundField field, Comparison comparison, BigDecimal threshold) implements When {
        public WoundCompare {
            Objects.requireNonNull(photoItemId, "photoItemId");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(threshold, "threshold");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.trusted(photoItemId).map(a -> comparison.test(field.number(a), threshold)).orElse(false);
        }
    }

    /** {@code {setting: productContact, is: true}} */
    record SettingIs(String name, boolean value) implements When {
        public SettingIs {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean test(Facts facts) {
            return facts.setting(name).map(v -> Boolean.valueOf(value).equals(v)).orElse(false);
        }
    }
}
