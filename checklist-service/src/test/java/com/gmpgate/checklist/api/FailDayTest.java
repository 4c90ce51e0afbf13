package com.gmpgate.checklist.api;

import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.fakes.Race;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After any FAIL of the site day no pass of that worker and day is valid — whatever the order in which screenings
 * and reviews land (issue 12, items 1 and 5). Interleavings are put in deterministically with the fake worker-day
 * store's {@code beforeNextSave}; {@link #twentyMixedSubmissionsAtOnce_neverLeaveAValidPassOnAFailDay} races threads.
 */
class FailDayTest {

    static final String WORKER = "5d1e0c2a-7b3f-4e9d-8a6c-1f2e3d4c5b6a";
    static final String ADMIN = "a0d1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    ChecklistTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new ChecklistTestKit();
    }

    JsonNode submitted(JsonNode request) {
        ApiResponse response = kit.submit(WORKER, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    /** A pass the gate would still honour: stored, not revoked, and not voided by a FAIL of its day. */
    List<Pass> validPasses() {
        Instant now = kit.clock.instant();
        Optional<WorkerDay> day = kit.workerDays.find(WORKER, TODAY);
        return kit.passes.all().stream()
                .filter(p -> !p.revokedAsOf(now) && now.isBefore(p.expiresAt()))
                .filter(p -> day.flatMap(d -> d.voidedAt(p.id())).filter(at -> !at.isAfter(now)).isEmpty())
                .toList();
    }

    @Test
    void aPassWhoseReadRacedAFail_isJudgedAgain_andBecomesTheLockoutsFail() {
        // the FAIL lands between this all-good screening's read of the day and its write
        kit.workerDays.beforeNextSave(() -> submitted(with(healthy(), "temperature", 39.0)));

        JsonNode allGood = submitted(healthy());

        assertThat(allGood.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(allGood.get("lockedOut").asBoolean()).isTrue();
        assertThat(allGood.has("pass")).isFalse();
        assertThat(kit.workerDays.staleSaves()).isEqualTo(1);
        assertThat(kit.passes.all()).isEmpty();
        assertThat(kit.workerDays.find(WORKER, TODAY).orElseThrow().submissions()).isEqualTo(2);
    }

    @Test
    void aPassStampedAfterAFail_butRecordedBeforeIt_isRevokedByThatFail() {
        // two requests racing: the all-good one's clock read 09:15:01 and it landed first; the FAIL's read 09:15:00
        kit.clock.advance(Duration.ofSeconds(1));
        JsonNode allGood = submitted(healthy());
        assertThat(allGood.get("verdict").asText()).isEqualTo("PASS");
        kit.clock.advance(Duration.ofSeconds(-1));

        JsonNode fever = submitted(with(healthy(), "temperature", 39.0));

        assertThat(fever.get("verdict").asText()).isEqualTo("FAIL");
        kit.clock.advance(Duration.ofSeconds(5));
        Pass pass = kit.passes.findById(allGood.get("pass").get("id").asText()).orElseThrow();
        assertThat(pass.revokedAt()).isPresent();
        assertThat(validPasses()).isEmpty();
    }

    @Test
    void aFailLandingAfterAPassIsChecked_butBeforeItIsStored_stillRevokesIt() {
        // the FAIL is recorded while the all-good screening stores its pass: its sweep finds nothing yet
        JsonNode[] fever = new JsonNode[1];
        kit.passes.beforeNextCreate(() -> fever[0] = submitted(with(healthy(), "temperature", 39.0)));

        JsonNode allGood = submitted(healthy());

        assertThat(fever[0].get("verdict").asText()).isEqualTo("FAIL");
        assertThat(allGood.has("pass")).as("a revoked pass is not shown").isFalse();
        assertThat(kit.passes.all()).singleElement().satisfies(p -> assertThat(p.revokedAt()).isPresent());
        assertThat(validPasses()).isEmpty();
    }

    @Test
    void twentyMixedSubmissionsAtOnce_neverLeaveAValidPassOnAFailDay() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            kit = new ChecklistTestKit();
            List<ApiResponse> replies = Race.run(20, i -> () -> kit.submit(WORKER,
                    i % 4 == 0 ? with(healthy(), "temperature", 39.0) : healthy()));

            assertThat(replies).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 409));
            assertThat(replies).filteredOn(r -> r.statusCode() == 409)
                    .allSatisfy(r -> assertThat(code(r)).isEqualTo("CONCURRENT_SUBMISSIONS"));
            assertThat(replies).filteredOn(r -> r.statusCode() == 201)
                    .anySatisfy(r -> assertThat(body(r).get("verdict").asText()).isEqualTo("FAIL"));
            assertThat(validPasses()).as("round %d", round).isEmpty();
            WorkerDay day = kit.workerDays.find(WORKER, TODAY).orElseThrow();
            assertThat(day.lockedOut()).isTrue();
            assertThat(day.submissions()).isEqualTo(replies.stream().filter(r -> r.statusCode() == 201).count());
        }
    }

    @Test
    void aResentRequest_isNotRecordedTwice() {
        JsonNode request = healthy();
        submitted(request);

        ApiResponse again = kit.submit(WORKER, request);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(kit.workerDays.find(WORKER, TODAY).orElseThrow().submissions()).isEqualTo(1);
    }

    @Test
    void aFailResentAfterTheWorkerWasReinstated_leavesTheReinstatementsPassAlone() {
        JsonNode feverRequest = with(healthy(), "temperature", 39.0);
        submitted(feverRequest);
        kit.clock.advance(Duration.ofMinutes(30));
        String locked = submitted(healthy()).get("id").asText();
        JsonNode reinstated = body(kit.review(locked, ADMIN, decision("APPROVE", "재측정 36.4도")));
        assertThat(reinstated.has("pass")).isTrue();

        kit.clock.advance(Duration.ofMinutes(5));
        ApiResponse resent = kit.submit(WORKER, feverRequest); // the PWA lost the first reply

        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(validPasses()).extracting(Pass::id).containsExactly(reinstated.get("pass").get("id").asText());
    }

    @Test
    void aDayAtItsCap_refusesMoreScreenings_with429() {
        for (int i = 0; i < WorkerDay.MAX_SUBMISSIONS; i++) {
            submitted(with(healthy(), "jewelry_removed", false)); // ACTION_REQUIRED: answer again
        }

        ApiResponse oneMore = kit.submit(WORKER, healthy());

        assertThat(oneMore.statusCode()).isEqualTo(429);
        assertThat(code(oneMore)).isEqualTo("TOO_MANY_SUBMISSIONS");
    }

    // ---- review after a later FAIL (item 5) -------------------------------------------------------------

    String pendingWound() {
        return kit.pendingWound(WORKER);
    }

    @Test
    void approvingAPendingReview_afterTheWorkersLaterFail_isRefusedAsLockedOut_andIssuesNoPass() {
        String pending = pendingWound();
        kit.clock.advance(Duration.ofMinutes(10));
        submitted(with(healthy(), "vomiting", true));
        kit.clock.advance(Duration.ofMinutes(10));

        ApiResponse approval = kit.review(pending, ADMIN, decision("APPROVE", "상처 괜찮음"));

        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(409);
        assertThat(code(approval)).isEqualTo("LOCKED_OUT");
        assertThat(body(approval).path("error").path("message").asText()).contains("locked out");
        assertThat(kit.passes.all()).isEmpty();
        assertThat(kit.submissions.findById(pending).orElseThrow().reviews()).isEmpty();
        // a rejection is still possible: it only adds to the lockout
        assertThat(kit.review(pending, ADMIN, decision("REJECT", "구토 증상")).statusCode()).isEqualTo(200);
    }

    @Test
    void anApprovalRacingALaterFail_losesItsPassToThatFail() {
        String pending = pendingWound();
        kit.clock.advance(Duration.ofMinutes(10));
        // the FAIL lands between the approval's read of the day and its write: the approval is judged again
        kit.workerDays.beforeNextSave(() -> submitted(with(healthy(), "diarrhea", true)));

        ApiResponse approval = kit.review(pending, ADMIN, decision("APPROVE", "상처 괜찮음"));

        assertThat(code(approval)).isEqualTo("LOCKED_OUT");
        assertThat(validPasses()).isEmpty();
    }

    @Test
    void reinstatingTheLockoutsFail_afterTheFailStillWorks_andItsPassIsValid() {
        submitted(with(healthy(), "temperature", 38.5));
        kit.clock.advance(Duration.ofMinutes(30));
        String locked = submitted(healthy()).get("id").asText();

        JsonNode reinstated = body(kit.review(locked, ADMIN, decision("APPROVE", "재측정 36.6도")));

        assertThat(reinstated.get("verdict").asText()).isEqualTo("PASS");
        assertThat(validPasses()).extracting(Pass::id).containsExactly(reinstated.get("pass").get("id").asText());
        kit.clock.advance(Duration.ofMinutes(5));
        assertThat(submitted(healthy()).get("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void reinstatingALockoutFail_thatAnotherFailFollowed_isRefusedAsLockedOut() {
        submitted(with(healthy(), "temperature", 38.5));
        kit.clock.advance(Duration.ofMinutes(30));
        String locked = submitted(healthy()).get("id").asText();
        kit.clock.advance(Duration.ofMinutes(30));
        submitted(with(healthy(), "jaundice", true));

        ApiResponse approval = kit.review(locked, ADMIN, decision("APPROVE", "재측정 36.6도"));

        assertThat(code(approval)).isEqualTo("LOCKED_OUT");
        assertThat(kit.passes.all()).isEmpty();
    }

    @Test
    void approvingYesterdaysScreening_isRefused_becauseItsPassWouldAdmitToday() {
        String pending = pendingWound();
        kit.clock.advance(Duration.ofDays(1));

        ApiResponse approval = kit.review(pending, ADMIN, decision("APPROVE", "어제 상처"));

        assertThat(approval.statusCode()).isEqualTo(409);
        assertThat(code(approval)).isEqualTo("NOT_REVIEWABLE");
        assertThat(kit.passes.all()).isEmpty();
    }
}
