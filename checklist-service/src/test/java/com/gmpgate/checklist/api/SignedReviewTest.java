package com.gmpgate.checklist.api;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.getEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.credentials.AccountLockedException;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's decision is an electronic signature (issue 20): refused without the re-entered password, a wrong one
 * counts toward the login's own lock, and the stored signature names the signer, time and meaning and binds the
 * decided record by hash — a record changed afterwards reads back as TAMPERED.
 */
class SignedReviewTest {

    static final String WORKER = "5d1e0c2a-7b3f-4e9d-8a6c-1f2e3d4c5b6a";
    static final String ADMIN = "a0d1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b";

    ChecklistTestKit kit;
    String pending;

    @BeforeEach
    void aWoundWaitingForASupervisor() {
        kit = new ChecklistTestKit();
        kit.registerAdmin(ADMIN, SITE);
        pending = kit.pendingWound(WORKER);
        kit.clock.advance(Duration.ofMinutes(10));
    }

    ApiResponse reviewWith(ObjectNode body) {
        return kit.call(ChecklistTestKit.reviewEvent(pending, ADMIN, "ADMIN", SITE, body).sourceIp("203.0.113.7"));
    }

    @Test
    void review_isRefused_withoutThePassword() {
        ObjectNode body = decision("APPROVE", "확인함");
        body.remove("password");

        ApiResponse response = reviewWith(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("error").get("details").toString()).contains("password");
        assertThat(kit.submissions.findById(pending).orElseThrow().reviews()).isEmpty();
    }

    @Test
    void review_isRefused_withAWrongPassword_andNothingIsDecided() {
        ApiResponse response = reviewWith(decision("APPROVE", "확인함").put("password", "not-my-password"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("error").get("details").get(0).get("code").asText()).isEqualTo("WRONG_PASSWORD");
        assertThat(kit.submissions.findById(pending).orElseThrow().verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        assertThat(kit.passes.all()).isEmpty();
    }

    @Test
    void wrongPasswords_countTowardTheLoginLock_andThenEvenTheRightOneIsRefused() {
        for (int i = 1; i < LoginThrottle.FAILURE_LIMIT; i++) {
            assertThat(reviewWith(decision("APPROVE", "").put("password", "guess-" + i)).statusCode()).isEqualTo(400);
        }
        ApiResponse last = reviewWith(decision("APPROVE", "").put("password", "guess-last"));
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(code(last)).isEqualTo("ACCOUNT_LOCKED");

        ApiResponse right = reviewWith(decision("APPROVE", "확인함"));

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(code(right)).isEqualTo("ACCOUNT_LOCKED");
        assertThat(right.headers()).containsKey("Retry-After");
        // the very lock a login checks: this address cannot log in to the reviewer's account either
        String address = "203.0.113.7";
        assertThatThrownBy(() -> new LoginThrottle(kit.attempts).requireNotLocked(
                LoginThrottle.account(kit.users.findById(ADMIN).orElseThrow()), address, kit.clock.instant()))
                .isInstanceOf(AccountLockedException.class);
        assertThat(kit.submissions.findById(pending).orElseThrow().reviews()).isEmpty();
    }

    @Test
    void aSignedApproval_keepsSignerNameTimeMeaningAndAHashBindingTheRecord() {
        JsonNode decided = body(reviewWith(decision("APPROVE", "상처 직접 확인 — 방수 밴드")));

        JsonNode signature = decided.get("review").get("signature");
        assertThat(decided.get("review").get("signatureStatus").asText()).isEqualTo("VALID");
        assertThat(signature.get("signerId").asText()).isEqualTo(ADMIN);
        assertThat(signature.get("signerName").asText()).startsWith("검토자 ");
        assertThat(signature.get("signedAt").asText()).isEqualTo(decided.get("review").get("reviewedAt").asText());
        assertThat(signature.get("meaning").asText()).isEqualTo("APPROVAL");
        assertThat(signature.get("meaningText").get("ko").asText()).isEqualTo("검토 승인");
        assertThat(signature.get("recordId").asText()).isEqualTo(pending + "#review-0");
        assertThat(signature.get("recordHash").asText()).hasSize(64);
        assertThat(signature.get("hash").asText()).hasSize(64).isNotEqualTo(signature.get("recordHash").asText());
        assertThat(decided.toString()).doesNotContain(ChecklistTestKit.ADMIN_PASSWORD);
        // the second copy, in the site's append-only audit trail
        assertThat(kit.audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(com.gmpgate.domain.audit.AuditAction.SUBMISSION_REVIEWED);
            assertThat(entry.siteId()).isEqualTo(SITE);
            assertThat(entry.targetId()).isEqualTo(pending);
            assertThat(entry.signature().orElseThrow().hash()).isEqualTo(signature.get("hash").asText());
        });
    }

    @Test
    void aRejection_isSignedAsARejection() {
        JsonNode decided = body(reviewWith(decision("REJECT", "고름 보임")));

        assertThat(decided.get("review").get("signature").get("meaning").asText()).isEqualTo("REJECTION");
    }

    @Test
    void aRecordChangedAfterSigning_readsBackAsTampered() {
        assertThat(reviewWith(decision("REJECT", "고름 보임")).statusCode()).isEqualTo(200);
        Submission signed = kit.submissions.findById(pending).orElseThrow();
        Review original = signed.reviews().get(0);
        // someone with write access to the table turns the rejection's note into something else
        Review edited = new Review(original.reviewerId(), original.reviewedAt(), original.decision(),
                original.conditions(), "문제 없음", original.previousVerdict(), original.resultingVerdict(),
                original.signature());
        List<Review> reviews = new ArrayList<>(List.of(edited));
        kit.submissions.update(new Submission(signed.id(), signed.siteId(), signed.workerId(),
                signed.clientSubmissionId(), signed.requestHash(), signed.submittedAt(), signed.siteDate(),
                signed.photos(), signed.evaluation(), signed.verdict(), reviews, signed.passId(), signed.expiresAt(),
                signed.version() + 1));

        JsonNode read = body(kit.call(getEvent(pending, ADMIN, "ADMIN", SITE)));

        assertThat(read.get("reviews").get(0).get("signatureStatus").asText()).isEqualTo("TAMPERED");
        assertThat(SignedDecisions.status(kit.submissions.findById(pending).orElseThrow(), 0))
                .isEqualTo(SignedDecisions.Status.TAMPERED);
    }

    @Test
    void aSignatureCopiedOntoAnotherDecision_doesNotVerify() {
        assertThat(reviewWith(decision("APPROVE", "확인함")).statusCode()).isEqualTo(200);
        Submission signed = kit.submissions.findById(pending).orElseThrow();
        Review original = signed.reviews().get(0);
        Review other = new Review(original.reviewerId(), original.reviewedAt(), original.decision(),
                original.conditions(), original.note(), original.previousVerdict(), Verdict.FAIL,
                original.signature());
        Submission forged = new Submission(signed.id(), signed.siteId(), signed.workerId(),
                signed.clientSubmissionId(), signed.requestHash(), signed.submittedAt(), signed.siteDate(),
                signed.photos(), signed.evaluation(), Verdict.FAIL, List.of(other), signed.passId(),
                signed.expiresAt(), signed.version() + 1);

        assertThat(SignedDecisions.status(forged, 0)).isEqualTo(SignedDecisions.Status.TAMPERED);
        assertThat(SignedDecisions.status(signed, 0)).isEqualTo(SignedDecisions.Status.VALID);
    }
}
