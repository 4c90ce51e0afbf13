package com.gmpgate.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.verdict.WoundAssessment.BodyLocation;
import com.gmpgate.domain.verdict.WoundAssessment.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictEngineTest {
    private static final String KR = "kr-food-haccp";
    private static final String US = "us-fda-food-code";
    private static final String EU = "eu-gmp-pharma";
    private static final Instant EARLIER = Screening.AT.minusSeconds(3600);

    @Test
    void evaluate_fails_whenJaundiceReported() {
        VerdictRecord record = Screening.clear(KR).answer("jaundice", true).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(record.firedRuleIds()).containsExactly("KR-JAUNDICE");
        assertThat(record.reasons().get(0).citation().kind()).isEqualTo(CitationKind.LAW);
        assertThat(record.returnToWork()).map(LocalizedText::ko).hasValueSatisfying(t -> assertThat(t).contains("소견서"));
        assertThat(record.lockedOut()).isFalse();
    }

    @Test
    void evaluate_listsEveryFiredRule_inPackOrder_notOnlyTheWorst() {
        VerdictRecord record = Screening.clear(KR)
                .answer("hands_washed", false)
                .answer("jewelry_removed", false)
                .answer("diarrhea", true)
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(record.firedRuleIds()).containsExactly("KR-DIARRHEA", "KR-JEWELRY-NOT-REMOVED", "KR-HANDS-NOT-WASHED");
        assertThat(record.reasons()).extracting(Reason::ruleId).isEqualTo(record.firedRuleIds());
    }

    @Test
    void evaluate_givesOneReturnToWork_whenExcludeRulesShareIt() {
        VerdictRecord record = Screening.clear(KR).answer("vomiting", true).answer("diarrhea", true).evaluate();

        assertThat(record.returnToWork()).map(LocalizedText::ko)
                .hasValue("구토·설사 증상이 없어진 후 24시간이 지나면 다시 점검하세요.");
    }

    @Test
    void evaluate_joinsDistinctReturnToWork_ofEveryExcludeRuleThatFired() {
        VerdictRecord record = Screening.clear(KR).answer("vomiting", true).answer("jaundice", true).evaluate();

        assertThat(record.returnToWork().orElseThrow().ko().split("\n")).hasSize(2);
        assertThat(record.returnToWork().orElseThrow().en().split("\n")).hasSize(2);
    }

    @Test
    void evaluate_isActionRequired_withNoReturnToWork_whenOnlyAHygieneStepIsMissing() {
        VerdictRecord record = Screening.clear(KR).answer("jewelry_removed", false).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.ACTION_REQUIRED);
        assertThat(record.returnToWork()).isEmpty();
        assertThat(record.reasons().get(0).message().ko()).contains("장신구를 모두 빼서");
    }

    @Test
    void evaluate_putsActionRequiredAbovePendingReview_soTheWorkerFixesItBeforeASupervisorIsAsked() {
        VerdictRecord record = Screening.clear(KR).answer("jewelry_removed", false).woundReported().evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.ACTION_REQUIRED);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-ASSESSMENT-MISSING", "KR-JEWELRY-NOT-REMOVED");
    }

    @Test
    void evaluate_isPendingReview_whenAWoundIsReportedWithoutAssessment() {
        assertThat(Screening.clear(KR).woundReported().evaluate().verdict()).isEqualTo(Verdict.PENDING_REVIEW);
    }

    @Test
    void evaluate_isPendingReview_whenThePhotoIsUnusable_orTheModelUnsure() {
        assertThat(Screening.clear(KR).wound(Wound.unusable()).evaluate().verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        assertThat(Screening.clear(KR).wound(Wound.minorCovered().infected().confidence(0.5)).evaluate().verdict())
                .isEqualTo(Verdict.PENDING_REVIEW);
    }

    @Test
    void evaluate_conditionallyPasses_withGloves_whenAMinorWoundIsCoveredWaterproof_andTheSiteLetsTheModelClearIt() {
        VerdictRecord record = Screening.clear(KR).setting("modelClearsMinorWounds", true)
                .wound(Wound.minorCovered()).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-COVERED");
        assertThat(record.conditionCodes()).containsExactly("GLOVES_OVER_COVERED_WOUND");
        assertThat(record.returnToWork()).isEmpty();
    }

    @Test
    void evaluate_sendsAMinorCoveredWound_toASupervisor_inTheKoreanPack_whenOnlyTheModelHasSeenIt() {
        VerdictRecord record = Screening.clear(KR).wound(Wound.minorCovered().confidence(0.99)).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-COVERED", "KR-WOUND-HUMAN-CHECK");
        // kept for the reviewer who approves it
        assertThat(record.conditionCodes()).containsExactly("GLOVES_OVER_COVERED_WOUND");
        assertThat(record.reasons().get(1).citation().kind()).isEqualTo(CitationKind.SITE_POLICY);
        assertThat(record.reasons().get(1).citation().source()).contains("시행규칙 제50조 제3호");
    }

    @Test
    void evaluate_letsAReviewersAssessment_clearAMinorCoveredWound_inTheKoreanPack() {
        VerdictRecord record = Screening.clear(KR).wound(Wound.minorCovered())
                .assessedBy(AssessmentSource.REVIEWER, Wound.minorCovered())
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-COVERED");
    }

    @Test
    void evaluate_asksToCoverAMinorWound_whenItIsUncovered() {
        VerdictRecord record = Screening.clear(KR).wound(Wound.minorCovered().uncovered()).evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.ACTION_REQUIRED);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-UNCOVERED");
    }

    @Test
    void evaluate_fails_whenAWoundIsModerateOrBleeding() {
        assertThat(Screening.clear(KR).wound(Wound.minorCovered().severity(Severity.MODERATE)).evaluate().verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(Screening.clear(KR).wound(Wound.minorCovered().bleeds()).evaluate().verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void evaluate_failsAnInfectedWound_evenCoveredAndGloved_inTheKoreanPack_butNotInTheUsPack() {
        Wound infectedCoveredByGlove = Wound.minorCovered().infected().cover(WoundAssessment.CoverType.GLOVE);

        VerdictRecord kr = Screening.clear(KR).wound(infectedCoveredByGlove).evaluate();
        VerdictRecord us = Screening.clear(US).wound(infectedCoveredByGlove.at(BodyLocation.HAND)).evaluate();

        assertThat(kr.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(kr.firedRuleIds()).containsExactly("KR-WOUND-INFECTED");
        assertThat(us.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
        assertThat(us.conditionCodes()).containsExactly("GLOVES_OVER_COVERED_WOUND");
    }

    @Test
    void evaluate_trustsAReviewersAssessment_whateverItsConfidence() {
        VerdictRecord record = Screening.clear(KR).woundReported()
                .assessedBy(AssessmentSource.REVIEWER, Wound.minorCovered().confidence(0.2))
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
    }

    @Test
    void evaluate_prefersTheReviewersAssessment_overTheModels() {
        VerdictRecord record = Screening.clear(KR)
                .wound(Wound.minorCovered().infected())
                .assessedBy(AssessmentSource.REVIEWER, Wound.minorCovered())
                .evaluate();

        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-COVERED");
        assertThat(record.assessments()).hasSize(2);
    }

    @Test
    void evaluate_neverTrustsAnUnusableImage_evenFromAReviewer() {
        VerdictRecord record = Screening.clear(KR).woundReported()
                .assessedBy(AssessmentSource.REVIEWER, Wound.unusable())
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        assertThat(record.firedRuleIds()).containsExactly("KR-WOUND-PHOTO-UNUSABLE");
    }

    @Test
    void evaluate_keepsConditions_whenTheVerdictIsPendingReview_soAnApprovalKeepsTheRestriction() {
        VerdictRecord record = Screening.clear(US).answer("sore_throat_fever", true).woundReported().evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        assertThat(record.conditionCodes()).containsExactly("NO_EXPOSED_PRODUCT_CONTACT");
    }

    @Test
    void evaluate_listsEachConditionOnce_whenTwoRulesImposeIt() {
        VerdictRecord record = Screening.clear(US)
                .answer("sore_throat_fever", true)
                .wound(Wound.minorCovered().infected().at(BodyLocation.HAND).uncovered())
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
        assertThat(record.firedRuleIds()).containsExactly("US-SORE-THROAT-FEVER", "US-HAND-LESION-UNCOVERED");
        assertThat(record.conditionCodes()).containsExactly("NO_EXPOSED_PRODUCT_CONTACT");
    }

    @Test
    void evaluate_excludesAnOpenLesion_inAProductContactArea_andRestrictsItElsewhere() {
        Screening withWound = Screening.clear(EU).wound(Wound.minorCovered());

        assertThat(withWound.evaluate().verdict()).isEqualTo(Verdict.FAIL);
        VerdictRecord packing = withWound.setting("productContact", false).evaluate();
        assertThat(packing.verdict()).isEqualTo(Verdict.CONDITIONAL_PASS);
        assertThat(packing.conditionCodes()).containsExactly("NO_DIRECT_PRODUCT_CONTACT");
    }

    @Test
    void evaluate_recordsWhatAnAuditNeeds() {
        Screening screening = Screening.clear(KR).answer("temperature", 36.50).wound(Wound.minorCovered());
        RulePack pack = screening.pack();

        VerdictRecord record = screening.evaluate();

        assertThat(record.templateId()).isEqualTo("kr-food-haccp-daily");
        assertThat(record.templateVersion()).isEqualTo(1);
        assertThat(record.rulePackId()).isEqualTo(KR);
        assertThat(record.rulePackVersion()).isEqualTo(pack.version());
        assertThat(record.rulePackHash()).isEqualTo(pack.contentHash()).matches("[0-9a-f]{64}");
        assertThat(record.answers()).containsEntry("temperature", new BigDecimal("36.5")).containsEntry("hand_wound", true);
        assertThat(record.assessments()).singleElement()
                .satisfies(a -> assertThat(a.modelId()).isPresent());
        assertThat(record.evaluatedAt()).isEqualTo(Screening.AT);
    }

    @Test
    void evaluate_refusesAnswers_ofAnotherTemplate() {
        RulePack kr = Screening.clear(KR).pack();
        ValidatedAnswers usAnswers = Screening.clear(US).validated();

        assertThatThrownBy(() -> new VerdictEngine().evaluate(kr, usAnswers, List.of(), List.of(), Screening.AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("us-fda-food-code-daily");
    }

    @Test
    void evaluate_refusesAnAssessment_ofAnImageThatIsNotThisSubmissionsPhoto() {
        Screening screening = Screening.clear(KR).woundReported();
        PhotoAssessment otherImage = new PhotoAssessment(Screening.PHOTO_ITEM, "someone-elses-photo.jpg",
                AssessmentSource.MODEL, Optional.of("m"), Wound.minorCovered().assessment());

        assertThatThrownBy(() -> new VerdictEngine().evaluate(screening.pack(), screening.validated(),
                List.of(otherImage), List.of(), Screening.AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("someone-elses-photo.jpg");
    }

    @Test
    void evaluate_refusesAnAssessment_whenNoPhotoWasSent() {
        Screening screening = Screening.clear(KR);
        PhotoAssessment assessment = new PhotoAssessment(Screening.PHOTO_ITEM, Screening.IMAGE_KEY,
                AssessmentSource.MODEL, Optional.empty(), Wound.minorCovered().assessment());

        assertThatThrownBy(() -> new VerdictEngine().evaluate(screening.pack(), screening.validated(),
                List.of(assessment), List.of(), Screening.AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the photo of this submission");
    }

    @Test
    void evaluate_refusesAnAssessment_ofAnItemThatIsNotAPhotoItem() {
        Screening screening = Screening.clear(KR);
        ValidatedAnswers answers = new ValidatedAnswers(screening.validated().templateId(), 1,
                screening.validated().values(), List.of(new PhotoRef("uniform_clean", "x.jpg")));
        PhotoAssessment assessment = new PhotoAssessment("uniform_clean", "x.jpg", AssessmentSource.MODEL,
                Optional.empty(), Wound.minorCovered().assessment());

        assertThatThrownBy(() -> new VerdictEngine().evaluate(screening.pack(), answers, List.of(assessment),
                List.of(), Screening.AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a photo item");
    }

    // ── re-screen lockout ─────────────────────────────────────────────────

    @Test
    void evaluate_fails_withRescreenLockout_whenAnEarlierFailIsNotReinstated() {
        VerdictRecord record = Screening.clear(KR)
                .earlier(new PriorScreening(EARLIER, Verdict.FAIL, false))
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(record.lockedOut()).isTrue();
        assertThat(record.reasons()).containsExactly(RescreenLockout.reason());
        assertThat(record.reasons().get(0).citation().kind()).isEqualTo(CitationKind.SITE_POLICY);
        assertThat(record.returnToWork()).hasValue(RescreenLockout.RETURN_TO_WORK);
    }

    @Test
    void evaluate_keepsTheFiredRules_whenLockedOut() {
        VerdictRecord record = Screening.clear(KR).wound(Wound.minorCovered())
                .earlier(new PriorScreening(EARLIER, Verdict.FAIL, false))
                .evaluate();

        assertThat(record.firedRuleIds())
                .containsExactly("KR-WOUND-COVERED", "KR-WOUND-HUMAN-CHECK", RescreenLockout.RULE_ID);
        assertThat(record.conditionCodes()).containsExactly("GLOVES_OVER_COVERED_WOUND");
        assertThat(record.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void evaluate_doesNotCallItALockout_whenTheAnswersFailAnyway() {
        VerdictRecord record = Screening.clear(KR).answer("diarrhea", true)
                .earlier(new PriorScreening(EARLIER, Verdict.FAIL, false))
                .evaluate();

        assertThat(record.lockedOut()).isFalse();
        assertThat(record.firedRuleIds()).containsExactly("KR-DIARRHEA");
    }

    @Test
    void evaluate_isNotLockedOut_afterAnEarlierActionRequired() {
        VerdictRecord record = Screening.clear(KR)
                .earlier(new PriorScreening(EARLIER, Verdict.ACTION_REQUIRED, false))
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PASS);
        assertThat(record.lockedOut()).isFalse();
    }

    @Test
    void evaluate_passes_whenTheEarlierFailWasReinstated() {
        VerdictRecord record = Screening.clear(KR)
                .earlier(new PriorScreening(EARLIER, Verdict.FAIL, true))
                .evaluate();

        assertThat(record.verdict()).isEqualTo(Verdict.PASS);
    }
}
