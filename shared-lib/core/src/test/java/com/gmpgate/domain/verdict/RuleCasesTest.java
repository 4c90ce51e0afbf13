package com.gmpgate.domain.verdict;

import static com.gmpgate.domain.verdict.CitationKind.GUIDANCE;
import static com.gmpgate.domain.verdict.CitationKind.LAW;
import static com.gmpgate.domain.verdict.CitationKind.SITE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.WoundAssessment.BodyLocation;
import com.gmpgate.domain.verdict.WoundAssessment.CoverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of every shipped pack, with a screening where it fires and a near miss where it does not, and
 * the citation kind RULES.md gives it. A rule added to a pack without a row here fails
 * {@link #caseTable_coversEveryRule_ofEachShippedPack}.
 */
class RuleCasesTest {

    record RuleCase(String packId, String ruleId, CitationKind kind, boolean verified,
            UnaryOperator<Screening> fires, UnaryOperator<Screening> doesNotFire) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    private static final List<RuleCase> CASES = new ArrayList<>();

    private static void rule(String packId, String ruleId, CitationKind kind, boolean verified,
            UnaryOperator<Screening> fires, UnaryOperator<Screening> doesNotFire) {
        CASES.add(new RuleCase(packId, ruleId, kind, verified, fires, doesNotFire));
    }

    private static UnaryOperator<Screening> yes(String itemId) {
        return s -> s.answer(itemId, true);
    }

    private static UnaryOperator<Screening> no(String itemId) {
        return s -> s.answer(itemId, false);
    }

    private static UnaryOperator<Screening> temperature(double t) {
        return s -> s.answer("temperature", t);
    }

    private static UnaryOperator<Screening> wound(Wound w) {
        return s -> s.wound(w);
    }

    private static final UnaryOperator<Screening> CLEAR = s -> s;

    static {
        Wound minor = Wound.minorCovered();
        for (String p : List.of("kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma")) {
            String x = switch (p) {
                case "kr-food-haccp" -> "KR";
                case "us-fda-food-code" -> "US";
                default -> "EU";
            };
            rule(p, x + "-FEVER", SITE_POLICY, true, temperature(37.5), temperature(37.4));
            rule(p, x + "-WOUND-ASSESSMENT-MISSING", SITE_POLICY, true, Screening::woundReported, wound(minor));
            rule(p, x + "-WOUND-PHOTO-UNUSABLE", SITE_POLICY, true, wound(Wound.unusable()), wound(minor));
            rule(p, x + "-WOUND-LOW-CONFIDENCE", SITE_POLICY, true, wound(minor.confidence(0.69)), wound(minor.confidence(0.7)));
            rule(p, x + "-WOUND-NOT-SEEN", SITE_POLICY, true, wound(Wound.noneVisible()), wound(minor));
        }

        String kr = "kr-food-haccp";
        rule(kr, "KR-VOMITING", GUIDANCE, false, yes("vomiting"), yes("diarrhea"));
        rule(kr, "KR-DIARRHEA", GUIDANCE, false, yes("diarrhea"), yes("vomiting"));
        rule(kr, "KR-JAUNDICE", LAW, true, yes("jaundice"), CLEAR);
        rule(kr, "KR-SORE-THROAT-FEVER", SITE_POLICY, true, yes("sore_throat_fever"), CLEAR);
        rule(kr, "KR-REPORTABLE-DIAGNOSIS", LAW, true, yes("reportable_diagnosis"), CLEAR);
        rule(kr, "KR-WOUND-INFECTED", LAW, true, wound(minor.infected()), wound(minor));
        rule(kr, "KR-WOUND-SERIOUS", SITE_POLICY, true, wound(minor.bleeds()), wound(minor));
        rule(kr, "KR-WOUND-COVERED", SITE_POLICY, true, wound(minor), wound(minor.cover(CoverType.BANDAGE)));
        rule(kr, "KR-WOUND-HUMAN-CHECK", SITE_POLICY, true, wound(minor),
                s -> s.setting("modelClearsMinorWounds", true).wound(minor));
        rule(kr, "KR-WOUND-UNCOVERED", SITE_POLICY, true, wound(minor.uncovered()), wound(minor));
        rule(kr, "KR-UNIFORM-NOT-CLEAN", LAW, false, no("uniform_clean"), CLEAR);
        rule(kr, "KR-HAIR-NOT-COVERED", LAW, false, no("hair_covered"), CLEAR);
        rule(kr, "KR-JEWELRY-NOT-REMOVED", LAW, false, no("jewelry_removed"), CLEAR);
        rule(kr, "KR-NAILS-NOT-OK", LAW, false, no("nails_ok"), CLEAR);
        rule(kr, "KR-HANDS-NOT-WASHED", LAW, false, no("hands_washed"), CLEAR);

        String us = "us-fda-food-code";
        Wound infectedHand = minor.infected().at(BodyLocation.HAND);
        Wound infectedArm = minor.infected().at(BodyLocation.FOREARM);
        UnaryOperator<Screening> manufacturing = s -> s.setting("fdaManufacturing", true);
        rule(us, "US-VOMITING", GUIDANCE, true, yes("vomiting"), yes("diarrhea"));
        rule(us, "US-DIARRHEA", GUIDANCE, true, yes("diarrhea"), yes("vomiting"));
        rule(us, "US-JAUNDICE", GUIDANCE, true, yes("jaundice"), CLEAR);
        rule(us, "US-REPORTABLE-DIAGNOSIS", GUIDANCE, true, yes("reportable_diagnosis"), CLEAR);
        rule(us, "US-SORE-THROAT-FEVER", GUIDANCE, false, yes("sore_throat_fever"),
                s -> s.setting("highlySusceptiblePopulation", true).answer("sore_throat_fever", true));
        rule(us, "US-SORE-THROAT-FEVER-HSP", GUIDANCE, false,
                s -> s.setting("highlySusceptiblePopulation", true).answer("sore_throat_fever", true),
                yes("sore_throat_fever"));
        rule(us, "US-HAND-LESION-COVERED", GUIDANCE, true, wound(infectedHand), wound(infectedArm));
        rule(us, "US-HAND-LESION-UNCOVERED", GUIDANCE, false, wound(infectedHand.uncovered()), wound(minor.uncovered()));
        rule(us, "US-ARM-LESION-COVERED", GUIDANCE, true, wound(infectedArm), wound(infectedHand));
        rule(us, "US-ARM-LESION-UNCOVERED", GUIDANCE, true,
                wound(minor.boil().at(BodyLocation.FOREARM).uncovered()), wound(minor.boil().at(BodyLocation.FOREARM)));
        rule(us, "US-OUTER-CLOTHING-NOT-CLEAN", GUIDANCE, true, no("uniform_clean"), CLEAR);
        rule(us, "US-NO-HAIR-RESTRAINT", GUIDANCE, true, no("hair_covered"), CLEAR);
        rule(us, "US-JEWELRY", GUIDANCE, true, no("jewelry_removed"), CLEAR);
        rule(us, "US-FINGERNAILS", GUIDANCE, true, no("nails_ok"), CLEAR);
        rule(us, "US-HANDS-NOT-WASHED", GUIDANCE, true, no("hands_washed"), CLEAR);
        rule(us, "US-CFR117-ILLNESS", LAW, true, s -> manufacturing.apply(s).answer("diarrhea", true), yes("diarrhea"));
        rule(us, "US-CFR117-OPEN-LESION", LAW, true, s -> manufacturing.apply(s).wound(minor.uncovered()),
                s -> manufacturing.apply(s).wound(minor));

        String eu = "eu-gmp-pharma";
        UnaryOperator<Screening> noContact = s -> s.setting("productContact", false);
        rule(eu, "EU-INFECTIOUS-SYMPTOM", LAW, false, yes("sore_throat_fever"), temperature(37.4));
        rule(eu, "EU-REPORTABLE-DIAGNOSIS", LAW, false, yes("reportable_diagnosis"), CLEAR);
        rule(eu, "EU-OPEN-LESION-PRODUCT-CONTACT", LAW, false, wound(minor), s -> noContact.apply(s).wound(minor));
        rule(eu, "EU-OPEN-LESION", LAW, false, s -> noContact.apply(s).wound(minor), wound(minor));
        rule(eu, "EU-GARMENTS-NOT-CLEAN", LAW, false, no("uniform_clean"), CLEAR);
        rule(eu, "EU-HEAD-COVER-MISSING", LAW, false, no("hair_covered"), CLEAR);
        rule(eu, "EU-JEWELRY", LAW, false, no("jewelry_removed"), CLEAR);
        rule(eu, "EU-SHEDDING-COSMETICS", LAW, false, no("no_shedding_cosmetics"),
                s -> s.setting("cleanArea", false).answer("no_shedding_cosmetics", false));
        rule(eu, "EU-NAILS", SITE_POLICY, false, no("nails_ok"), CLEAR);
        rule(eu, "EU-HANDS-NOT-WASHED", LAW, false, no("hands_washed"), CLEAR);
    }

    static Stream<RuleCase> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_fires_whenItsConditionHolds(RuleCase c) {
        Screening screening = c.fires().apply(Screening.clear(c.packId()));
        Rule rule = screening.pack().rule(c.ruleId()).orElseThrow();

        VerdictRecord record = screening.evaluate();

        assertThat(record.firedRuleIds()).contains(c.ruleId());
        assertThat(record.reasons()).contains(new Reason(rule.id(), rule.message(), rule.citation()));
        assertThat(rule.outcome().verdict().atLeastAsGoodAs(record.verdict()))
                .as("verdict %s is at least as strict as the rule's outcome %s", record.verdict(), rule.outcome())
                .isTrue();
        rule.condition().ifPresent(condition -> assertThat(record.conditions()).contains(condition));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_doesNotFire_withoutItsCondition(RuleCase c) {
        VerdictRecord record = c.doesNotFire().apply(Screening.clear(c.packId())).evaluate();

        assertThat(record.firedRuleIds()).doesNotContain(c.ruleId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_citesTheAuthority_rulesMdGivesIt(RuleCase c) {
        Citation citation = RulePacks.shipped().get(c.packId()).rule(c.ruleId()).orElseThrow().citation();

        assertThat(citation.kind()).isEqualTo(c.kind());
        assertThat(citation.verified()).isEqualTo(c.verified());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma"})
    void caseTable_coversEveryRule_ofEachShippedPack(String packId) {
        RulePack pack = RulePacks.shipped().get(packId);
        Set<String> covered = CASES.stream().filter(c -> c.packId().equals(packId)).map(RuleCase::ruleId)
                .collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(pack.rules().stream().map(Rule::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma"})
    void clearScreening_passes_withNoReasons(String packId) {
        VerdictRecord record = Screening.clear(packId).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PASS);
        assertThat(record.reasons()).isEmpty();
        assertThat(record.conditions()).isEmpty();
        assertThat(record.returnToWork()).isEmpty();
    }
}
