package com.gmpgate.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.rules.Outcome;
import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.WoundAssessment.BodyLocation;
import com.gmpgate.domain.verdict.WoundAssessment.CoverType;
import com.gmpgate.domain.verdict.WoundAssessment.Severity;
import com.gmpgate.domain.verdict.WoundAssessment.WoundType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's promises over random screenings, in every shipped pack and each of its setting variants:
 * determinism, monotonicity (more symptoms, fewer hygiene steps, a worse wound never help), and that
 * restrictions, exclusions and the lockout are never turned into a plain or any pass.
 */
class VerdictEngineProperties {

    private static final List<RulePack> PACKS = List.of(
            RulePacks.shipped().get("kr-food-haccp"),
            RulePacks.shipped().get("kr-food-haccp").withSettings(Map.of("modelClearsMinorWounds", true)),
            RulePacks.shipped().get("us-fda-food-code"),
            RulePacks.shipped().get("us-fda-food-code").withSettings(Map.of("highlySusceptiblePopulation", true)),
            RulePacks.shipped().get("us-fda-food-code").withSettings(Map.of("fdaManufacturing", true)),
            RulePacks.shipped().get("eu-gmp-pharma"),
            RulePacks.shipped().get("eu-gmp-pharma").withSettings(Map.of("productContact", false, "cleanArea", false)));

    /** How a worse wound differs from a better one: each step only makes one thing worse. */
    private static final List<UnaryOperator<Wound>> WORSENINGS = List.of(
            w -> w.withInfection(true),
            w -> w.withBleeding(true),
            w -> w.severity(Severity.values()[Math.min(w.severity().ordinal() + 1, Severity.values().length - 1)]),
            Wound::uncovered);

    @Provide
    Arbitrary<Wound> wounds() {
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
        Arbitrary<Severity> severities = Arbitraries.frequency(Tuple.of(1, Severity.NONE), Tuple.of(4, Severity.MINOR),
                Tuple.of(1, Severity.MODERATE), Tuple.of(1, Severity.SEVERE));
        return Combinators.combine(
                Arbitraries.of(true, true, true, false), Arbitraries.of(true, true, true, false),
                Arbitraries.of(WoundType.class), Arbitraries.of(BodyLocation.class), severities,
                rarely, rarely, Arbitraries.of(CoverType.class))
                .flatAs((usable, present, type, location, severity, infection, bleeding, cover) ->
                        Arbitraries.of(0.0, 0.3, 0.69, 0.7, 0.85, 1.0).map(confidence -> new Wound(usable, present, type,
                                location, severity, infection, bleeding, cover != CoverType.NONE, cover, confidence)));
    }

    /** No wound; a wound not assessed yet; assessed by the model; by a reviewer; or by both. */
    @Provide
    Arbitrary<Screening> screenings() {
        Arbitrary<RulePack> packs = Arbitraries.of(PACKS);
        // most workers are well and ready: each answer is unusual about one time in twelve
        Arbitrary<List<Boolean>> unusual = Arbitraries.integers().between(0, 11).map(x -> x == 0).list().ofSize(20);
        Arbitrary<Double> temperatures = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(355, 374)),
                Tuple.of(2, Arbitraries.integers().between(340, 430))).map(t -> t / 10.0);
        Arbitrary<Integer> woundKinds = Arbitraries.frequency(
                Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(3, 2), Tuple.of(1, 3), Tuple.of(1, 4));
        return Combinators.combine(packs, unusual, temperatures, woundKinds, wounds(), wounds())
                .as((pack, odd, temperature, woundKind, modelSees, reviewerSees) -> {
                    Screening s = Screening.clear(pack);
                    int i = 0;
                    for (ChecklistItem item : pack.template().items()) {
                        if (item.type() == ItemType.BOOLEAN && !item.id().equals("hand_wound")) {
                            s = s.answer(item.id(), item.category() == ItemCategory.HYGIENE != odd.get(i++));
                        }
                    }
                    s = s.answer("temperature", temperature);
                    return switch (woundKind) {
                        case 0 -> s;
                        case 1 -> s.woundReported();
                        case 2 -> s.wound(modelSees);
                        case 3 -> s.woundReported().assessedBy(AssessmentSource.REVIEWER, reviewerSees);
                        default -> s.wound(modelSees).assessedBy(AssessmentSource.REVIEWER, reviewerSees);
                    };
                });
    }

    private static Verdict verdictOf(Screening s) {
        return s.evaluate().verdict();
    }

    @Property
    void evaluate_isDeterministic(@ForAll("screenings") Screening screening) {
        VerdictRecord first = screening.evaluate();
        // the generator must reach every verdict, or the other properties prove little
        Statistics.label("verdict").collect(first.verdict());
        Statistics.label("verdict").coverage(coverage -> {
            for (Verdict v : Verdict.values()) {
                coverage.check(v).percentage(p -> p >= 1);
            }
        });

        assertThat(screening.evaluate()).isEqualTo(first);
        assertThat(new VerdictEngine().replay(first, screening.pack()).matches()).isTrue();
    }

    @Property
    void reportingAnExtraSymptom_neverImprovesTheVerdict(@ForAll("screenings") Screening screening) {
        Verdict before = verdictOf(screening);
        for (ChecklistItem item : screening.pack().template().items()) {
            if (item.category() == ItemCategory.SYMPTOM && item.type() == ItemType.BOOLEAN
                    && Boolean.FALSE.equals(screening.rawAnswers().get(item.id()))) {
                Verdict after = verdictOf(screening.answer(item.id(), true));
                assertThat(before.atLeastAsGoodAs(after)).as("%s: %s then %s", item.id(), before, after).isTrue();
            }
        }
    }

    @Property
    void aHigherTemperature_neverImprovesTheVerdict(@ForAll("screenings") Screening screening) {
        double t = ((Number) screening.rawAnswers().get("temperature")).doubleValue();
        Verdict before = verdictOf(screening);

        Verdict after = verdictOf(screening.answer("temperature", Math.min(43.0, t + 1.0)));

        assertThat(before.atLeastAsGoodAs(after)).isTrue();
    }

    @Property
    void removingAHygieneStep_neverImprovesTheVerdict(@ForAll("screenings") Screening screening) {
        Verdict before = verdictOf(screening);
        for (ChecklistItem item : screening.pack().template().items()) {
            if (item.category() == ItemCategory.HYGIENE && Boolean.TRUE.equals(screening.rawAnswers().get(item.id()))) {
                Verdict after = verdictOf(screening.answer(item.id(), false));
                assertThat(before.atLeastAsGoodAs(after)).as("%s: %s then %s", item.id(), before, after).isTrue();
            }
        }
    }

    @Property
    void aWorseWound_neverImprovesTheVerdict(@ForAll("screenings") Screening base, @ForAll("wounds") Wound wound,
            @ForAll AssessmentSource source) {
        Screening screening = base.woundReported().assessedBy(source, wound);
        Verdict before = verdictOf(screening);
        for (UnaryOperator<Wound> worsen : WORSENINGS) {
            Verdict after = verdictOf(base.woundReported().assessedBy(source, worsen.apply(wound)));
            assertThat(before.atLeastAsGoodAs(after)).as("%s then %s", before, after).isTrue();
        }
    }

    @Property
    void reportingAWound_neverImprovesTheVerdict(@ForAll("screenings") Screening base, @ForAll("wounds") Wound wound,
            @ForAll Optional<AssessmentSource> source) {
        if (!Boolean.FALSE.equals(base.rawAnswers().get("hand_wound"))) {
            return;
        }
        Verdict before = verdictOf(base);
        Screening reported = source.map(s -> base.woundReported().assessedBy(s, wound)).orElseGet(base::woundReported);

        assertThat(before.atLeastAsGoodAs(verdictOf(reported))).isTrue();
    }

    @Property
    void aRestrictionOrCondition_neverYieldsAPlainPass(@ForAll("screenings") Screening screening) {
        VerdictRecord record = screening.evaluate();

        if (fired(screening.pack(), record).stream().anyMatch(r -> r.outcome().needsCondition())) {
            assertThat(record.verdict()).isNotEqualTo(Verdict.PASS);
            assertThat(record.conditions()).isNotEmpty();
        }
        if (record.verdict() == Verdict.CONDITIONAL_PASS) {
            assertThat(record.conditions()).isNotEmpty();
        }
    }

    @Property
    void anExclusion_neverYieldsAPass(@ForAll("screenings") Screening screening) {
        VerdictRecord record = screening.evaluate();

        if (fired(screening.pack(), record).stream().anyMatch(r -> r.outcome() == Outcome.EXCLUDE)) {
            assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(record.verdict().issuesPass()).isFalse();
            assertThat(record.returnToWork()).isPresent();
        }
    }

    @Property
    void returnToWork_isGivenOnFail_andOnlyOnFail(@ForAll("screenings") Screening screening) {
        VerdictRecord record = screening.evaluate();

        assertThat(record.returnToWork().isPresent()).isEqualTo(record.verdict() == Verdict.FAIL);
    }

    @Property
    void aLockout_neverYieldsAPass(@ForAll("screenings") Screening screening) {
        VerdictRecord record = screening.earlier(new PriorScreening(Screening.AT.minusSeconds(1800), Verdict.FAIL, false))
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(record.firedRuleIds()).containsAll(screening.evaluate().firedRuleIds());
    }

    private static List<Rule> fired(RulePack pack, VerdictRecord record) {
        return pack.rules().stream().filter(r -> record.firedRuleIds().contains(r.id())).toList();
    }
}
