package com.gmpgate.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.Submission;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RescreenLockoutTest {
    private static final Instant T0 = Instant.parse("2025-03-10T06:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void isLockedOut_isFalse_withNoEarlierScreening() {
        assertThat(RescreenLockout.isLockedOut(List.of())).isFalse();
    }

    @Test
    void isLockedOut_isTrue_afterAFailThatIsNotReinstated() {
        assertThat(RescreenLockout.isLockedOut(List.of(
                new PriorScreening(at(0), Verdict.PASS, false),
                new PriorScreening(at(10), Verdict.FAIL, false)))).isTrue();
    }

    @Test
    void isLockedOut_isFalse_afterAReinstatedFail() {
        assertThat(RescreenLockout.isLockedOut(List.of(new PriorScreening(at(0), Verdict.FAIL, true)))).isFalse();
    }

    @Test
    void isLockedOut_isFalse_afterActionRequiredOrPendingReview() {
        assertThat(RescreenLockout.isLockedOut(List.of(
                new PriorScreening(at(0), Verdict.ACTION_REQUIRED, false),
                new PriorScreening(at(5), Verdict.PENDING_REVIEW, false)))).isFalse();
    }

    @Test
    void isLockedOut_ignoresTheLockoutsOwnEchoes_onceTheFirstFailIsReinstated() {
        List<PriorScreening> day = List.of(
                new PriorScreening(at(0), Verdict.FAIL, true),
                new PriorScreening(at(10), Verdict.FAIL, false, true));

        assertThat(RescreenLockout.isLockedOut(day)).isFalse();
    }

    @Test
    void isLockedOut_isFalse_whenAnAdminReinstatesALaterScreening_coveringEarlierFails() {
        List<PriorScreening> day = List.of(
                new PriorScreening(at(0), Verdict.FAIL, false),
                new PriorScreening(at(10), Verdict.FAIL, true, true));

        assertThat(RescreenLockout.isLockedOut(day)).isFalse();
    }

    @Test
    void isLockedOut_isTrue_whenANewFailFollowsAReinstatement() {
        List<PriorScreening> day = List.of(
                new PriorScreening(at(0), Verdict.FAIL, true),
                new PriorScreening(at(30), Verdict.FAIL, false));

        assertThat(RescreenLockout.isLockedOut(day)).isTrue();
    }

    @Test
    void isLockedOut_countsAFailStampedAfterNow_becauseClocksSkew() {
        assertThat(RescreenLockout.isLockedOut(List.of(new PriorScreening(Instant.MAX, Verdict.FAIL, false)))).isTrue();
    }

    // ── reading stored submissions ─────────────────────────────────────────

    @Test
    void priorScreening_ofAnEvaluatedFail_isAFailNotReinstated() {
        Submission fail = Submissions.evaluated(at(0), Screening.clear("kr-food-haccp").answer("jaundice", true).evaluate());

        assertThat(PriorScreening.of(fail)).isEqualTo(new PriorScreening(at(0), Verdict.FAIL, false, false));
    }

    @Test
    void priorScreening_ofAFailApprovedByAnAdmin_isReinstated() {
        Submission fail = Submissions.evaluated(at(0), Screening.clear("kr-food-haccp").answer("jaundice", true).evaluate());
        Submission approved = Submissions.reviewed(fail, ReviewDecision.APPROVE, Verdict.PASS);

        assertThat(PriorScreening.of(approved)).isEqualTo(new PriorScreening(at(0), Verdict.FAIL, true, false));
        assertThat(RescreenLockout.isLockedOut(PriorScreening.of(List.of(approved)))).isFalse();
    }

    @Test
    void priorScreening_ofAPendingReviewRejectedByAnAdmin_isAFail() {
        Submission pending = Submissions.evaluated(at(0), Screening.clear("kr-food-haccp").woundReported().evaluate());
        Submission rejected = Submissions.reviewed(pending, ReviewDecision.REJECT, Verdict.FAIL);

        assertThat(PriorScreening.of(rejected).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(RescreenLockout.isLockedOut(PriorScreening.of(List.of(rejected)))).isTrue();
    }

    @Test
    void priorScreening_ofAnEvaluatedFail_staysAFail_unlessAReviewMadeItAPass() {
        Submission fail = Submissions.evaluated(at(0), Screening.clear("kr-food-haccp").answer("jaundice", true).evaluate());
        Submission odd = Submissions.reviewed(fail, ReviewDecision.REJECT, Verdict.PENDING_REVIEW);

        assertThat(PriorScreening.of(odd)).isEqualTo(new PriorScreening(at(0), Verdict.FAIL, false, false));
    }

    @Test
    void priorScreening_ofALockedOutRetry_isMarkedAsForcedByTheLockout() {
        VerdictRecord echo = Screening.clear("kr-food-haccp").earlier(new PriorScreening(at(0), Verdict.FAIL, false)).evaluate();

        assertThat(PriorScreening.of(Submissions.evaluated(at(10), echo)).forcedByLockout()).isTrue();
    }

    @Test
    void wholeDay_retryAfterFail_isLocked_untilTheAdminReinstatesTheFirstFail() {
        Screening healthy = Screening.clear("kr-food-haccp");
        Submission first = Submissions.evaluated(at(0), healthy.answer("temperature", 38.0).evaluate());
        VerdictRecord retry = healthy.earlier(PriorScreening.of(first)).evaluate();
        Submission second = Submissions.evaluated(at(10), retry);
        Submission firstReinstated = Submissions.reviewed(first, ReviewDecision.APPROVE, Verdict.PASS);

        VerdictRecord third = healthy.earlier(PriorScreening.of(List.of(firstReinstated, second)).toArray(PriorScreening[]::new)).evaluate();

        assertThat(retry.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(retry.lockedOut()).isTrue();
        assertThat(third.verdict()).isEqualTo(Verdict.PASS);
    }
}
