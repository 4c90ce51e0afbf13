package com.gmpgate.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.verdict.PriorScreening;
import com.gmpgate.domain.verdict.RescreenLockout;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The worker-day summary: the same lockout as the whole day's screenings, and which passes a FAIL voids. */
class WorkerDayTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Instant MORNING = Instant.parse("2026-03-02T00:00:00Z");
    static final WorkerDay EMPTY = WorkerDay.empty("site-a", "w-1", DAY);

    /** How a screening can stand at the end of a day: its evaluation, whether the lockout made it, its verdict now. */
    enum Kind {
        PASS(Verdict.PASS, false, Verdict.PASS),
        CONDITIONAL(Verdict.CONDITIONAL_PASS, false, Verdict.CONDITIONAL_PASS),
        ACTION_REQUIRED(Verdict.ACTION_REQUIRED, false, Verdict.ACTION_REQUIRED),
        PENDING(Verdict.PENDING_REVIEW, false, Verdict.PENDING_REVIEW),
        PENDING_APPROVED(Verdict.PENDING_REVIEW, false, Verdict.PASS),
        PENDING_REJECTED(Verdict.PENDING_REVIEW, false, Verdict.FAIL),
        RULE_FAIL(Verdict.FAIL, false, Verdict.FAIL),
        LOCKOUT_FAIL(Verdict.FAIL, true, Verdict.FAIL),
        LOCKOUT_REINSTATED(Verdict.FAIL, true, Verdict.PASS);

        final Verdict evaluated;
        final boolean lockedOut;
        final Verdict now;

        Kind(Verdict evaluated, boolean lockedOut, Verdict now) {
            this.evaluated = evaluated;
            this.lockedOut = lockedOut;
            this.now = now;
        }

        Submission at(Instant at, String id) {
            VerdictRecord evaluation = new VerdictRecord(evaluated, List.of(), List.of(), Optional.empty(), List.of(),
                    "t", 1, "kr-food-haccp", "1", "hash", Map.of(), List.of(), lockedOut, at);
            return new Submission(id, "site-a", "w-1", "c-" + id, "h", at, DAY, List.of(), evaluation, now, List.of(),
                    now.issuesPass() ? Optional.of("pass-" + id) : Optional.empty(), at.plus(Duration.ofDays(30)), 1);
        }
    }

    record Screening(Kind kind, int minute) {
    }

    @Provide
    Arbitrary<List<Screening>> days() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 600))
                .as(Screening::new).list().ofMaxSize(12);
    }

    @Property(tries = 2000)
    void theSummary_locksOutExactlyWhenTheWholeDayWould(@ForAll("days") List<Screening> day) {
        WorkerDay folded = EMPTY;
        List<Submission> all = new java.util.ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            Submission s = day.get(i).kind().at(MORNING.plusSeconds(60L * day.get(i).minute()), "s" + i);
            all.add(s);
            folded = folded.recordReview(s, s.submittedAt());
        }

        assertThat(folded.lockedOut()).isEqualTo(RescreenLockout.isLockedOut(PriorScreening.of(all)));
        assertThat(folded.priors()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aFail_voidsThePassesListedBeforeIt_fromWhenItWasRecorded_notThoseListedAfter() {
        Submission morning = Kind.PASS.at(MORNING, "a");
        Submission fever = Kind.RULE_FAIL.at(MORNING.plusSeconds(600), "b");
        Submission reinstated = Kind.LOCKOUT_REINSTATED.at(MORNING.plusSeconds(1200), "c");

        WorkerDay day = EMPTY.recordSubmission(morning, MORNING)
                .recordSubmission(fever, MORNING.plusSeconds(601));
        assertThat(day.lockedOut()).isTrue();
        day = day.recordReview(reinstated, MORNING.plusSeconds(1800));

        assertThat(day.lockedOut()).isFalse();
        assertThat(day.voidedAt("pass-a")).contains(MORNING.plusSeconds(601));
        assertThat(day.voidedAt("pass-c")).isEmpty();
        assertThat(day.lists("pass-c")).isTrue();
        // a pass the day never listed (issued before the day had a record) is void from the day's first FAIL
        assertThat(day.voidedAt("pass-unknown")).contains(MORNING.plusSeconds(601));
        assertThat(EMPTY.voidedAt("pass-unknown")).isEmpty();
    }

    @Test
    void aPassStampedAfterAFail_butRecordedBeforeIt_isStillVoidedByIt() {
        // the clocks of two racing requests: the PASS says 09:00:01, the FAIL 09:00:00, yet the PASS landed first
        Submission pass = Kind.PASS.at(MORNING.plusSeconds(1), "late-stamp");
        Submission fail = Kind.RULE_FAIL.at(MORNING, "early-stamp");

        WorkerDay day = EMPTY.recordSubmission(pass, MORNING.plusSeconds(1)).recordSubmission(fail, MORNING.plusSeconds(2));

        assertThat(day.voidedAt("pass-late-stamp")).contains(MORNING.plusSeconds(2));
        assertThat(day.lockedOut()).isTrue();
    }

    @Test
    void aPass_cannotBeRecordedOnALockedOutDay() {
        WorkerDay locked = EMPTY.recordSubmission(Kind.RULE_FAIL.at(MORNING, "f"), MORNING);

        assertThatThrownBy(() -> locked.recordSubmission(Kind.PASS.at(MORNING.plusSeconds(60), "p"),
                MORNING.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejection_countsAsAFail_andTheReviewIsKeptWithItsPass() {
        Submission pending = Kind.PENDING.at(MORNING, "p");
        WorkerDay day = EMPTY.recordSubmission(pending, MORNING).recordSubmission(Kind.PASS.at(MORNING.plusSeconds(5), "q"),
                MORNING.plusSeconds(5));

        WorkerDay rejected = day.recordReview(Kind.PENDING_REJECTED.at(MORNING, "p"), MORNING.plusSeconds(900));
        WorkerDay approved = day.recordReview(Kind.PENDING_APPROVED.at(MORNING, "p"), MORNING.plusSeconds(900));

        assertThat(rejected.lockedOut()).isTrue();
        assertThat(rejected.voidedAt("pass-q")).contains(MORNING.plusSeconds(900));
        assertThat(rejected.reviewOf("p")).contains(new WorkerDay.Reviewed(Verdict.FAIL, Optional.empty()));
        assertThat(approved.reviewOf("p")).contains(new WorkerDay.Reviewed(Verdict.PASS, Optional.of("pass-p")));
        assertThat(approved.lists("pass-p")).isTrue();
        assertThat(approved.submissions()).isEqualTo(2);
    }

    @Test
    void aDay_isFull_atItsCap() {
        WorkerDay day = EMPTY;
        for (int i = 0; i < WorkerDay.MAX_SUBMISSIONS; i++) {
            assertThat(day.isFull()).isFalse();
            day = day.recordSubmission(Kind.ACTION_REQUIRED.at(MORNING.plusSeconds(i), "s" + i), MORNING.plusSeconds(i));
        }
        assertThat(day.isFull()).isTrue();
    }
}
