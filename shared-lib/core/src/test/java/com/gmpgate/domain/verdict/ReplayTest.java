package com.gmpgate.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReplayTest {
    private final VerdictEngine engine = new VerdictEngine();

    static Stream<Screening> storedScreenings() {
        return Stream.of(
                Screening.clear("kr-food-haccp"),
                Screening.clear("kr-food-haccp").answer("diarrhea", true).answer("jewelry_removed", false),
                Screening.clear("kr-food-haccp").wound(Wound.minorCovered()),
                Screening.clear("kr-food-haccp").wound(Wound.minorCovered().infected())
                        .assessedBy(AssessmentSource.REVIEWER, Wound.minorCovered()),
                Screening.clear("kr-food-haccp").earlier(new PriorScreening(Screening.AT.minusSeconds(60), Verdict.FAIL, false)),
                Screening.clear("us-fda-food-code").answer("sore_throat_fever", true).woundReported(),
                Screening.clear("eu-gmp-pharma").wound(Wound.minorCovered().confidence(0.4)));
    }

    @ParameterizedTest
    @MethodSource("storedScreenings")
    void replay_matches_theStoredRecord(Screening screening) {
        VerdictRecord stored = screening.evaluate();

        ReplayResult result = engine.replay(stored, RulePacks.shipped().findByHash(stored.rulePackHash()).orElseThrow());

        assertThat(result.matches()).isTrue();
        assertThat(result.replayed()).isEqualTo(stored);
    }

    @Test
    void replay_refuses_whenThePacksHashDiffersFromTheRecorded() {
        VerdictRecord stored = Screening.clear("kr-food-haccp").answer("temperature", 37.6).evaluate();
        RulePack changed = RulePacks.shipped().get("kr-food-haccp").withSettings(Map.of("feverThresholdC", 38.0));

        assertThatThrownBy(() -> engine.replay(stored, changed))
                .isInstanceOf(RulePackMismatchException.class)
                .hasMessageContaining(stored.rulePackHash())
                .hasMessageContaining(changed.contentHash());
    }

    @Test
    void replay_refuses_anotherPack() {
        VerdictRecord stored = Screening.clear("kr-food-haccp").evaluate();

        assertThatThrownBy(() -> engine.replay(stored, RulePacks.shipped().get("us-fda-food-code")))
                .isInstanceOf(RulePackMismatchException.class);
    }

    @Test
    void replay_reportsTheDifference_whenTheStoredVerdictWasAltered() {
        VerdictRecord stored = Screening.clear("kr-food-haccp").answer("jaundice", true).evaluate();
        VerdictRecord altered = new VerdictRecord(Verdict.PASS, stored.reasons(), stored.conditions(),
                stored.returnToWork(), stored.firedRuleIds(), stored.templateId(), stored.templateVersion(),
                stored.rulePackId(), stored.rulePackVersion(), stored.rulePackHash(), stored.answers(),
                stored.assessments(), stored.lockedOut(), stored.evaluatedAt());

        ReplayResult result = engine.replay(altered, RulePacks.shipped().get("kr-food-haccp"));

        assertThat(result.matches()).isFalse();
        assertThat(result.differences()).containsExactly("verdict");
    }

    @Test
    void replay_readsANumberStoredAsAnotherNumberType() {
        VerdictRecord stored = Screening.clear("kr-food-haccp").answer("temperature", 38.0).evaluate();
        Map<String, Object> readBack = new HashMap<>(stored.answers());
        readBack.put("temperature", 38.0);
        VerdictRecord asReadBack = new VerdictRecord(stored.verdict(), stored.reasons(), stored.conditions(),
                stored.returnToWork(), stored.firedRuleIds(), stored.templateId(), stored.templateVersion(),
                stored.rulePackId(), stored.rulePackVersion(), stored.rulePackHash(), readBack,
                stored.assessments(), stored.lockedOut(), stored.evaluatedAt());

        ReplayResult result = engine.replay(asReadBack, RulePacks.shipped().get("kr-food-haccp"));

        assertThat(result.matches()).isTrue();
        assertThat(result.replayed().firedRuleIds()).containsExactly("KR-FEVER");
    }

    @Test
    void replay_matches_aVariantPack_rebuiltWithTheSameSettings() {
        RulePack packing = RulePacks.shipped().get("eu-gmp-pharma").withSettings(Map.of("productContact", false));
        VerdictRecord stored = Screening.clear(packing).wound(Wound.minorCovered()).evaluate();

        RulePack rebuilt = RulePacks.shipped().get("eu-gmp-pharma").withSettings(Map.of("productContact", false));

        assertThat(engine.replay(stored, rebuilt).matches()).isTrue();
    }
}
