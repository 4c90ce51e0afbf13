package com.gmpgate.checklist.api;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.correction;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.getEvent;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.signature.ElectronicSignature;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a signed review decision is corrected only by appending — a new review signed by the corrector (password
 * re-entered, meaning CORRECTION) whose signature names the hash of the one it corrects; the original stays exactly
 * as signed, and the day, the passes and the audit trail follow the corrected verdict.
 */
class ReviewCorrectionTest {

    static final String WORKER = "5d1e0c2a-7b3f-4e9d-8a6c-1f2e3d4c5b6a";
    static final String ADMIN = "a0d1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b";
    static final String QA = "b1e2c3d4-e5f6-4a70-8b8c-0d1e2f3a4b5c";

    ChecklistTestKit kit;
    String pending;

    @BeforeEach
    void aWoundWaitingForASupervisor() {
        kit = new ChecklistTestKit();
        kit.registerAdmin(ADMIN, SITE);
        kit.registerAdmin(QA, SITE);
        pending = kit.pendingWound(WORKER);
        kit.clock.advance(Duration.ofMinutes(10));
    }

    JsonNode decided(String decision, String note, String... conditions) {
        ApiResponse reply = kit.review(pending, ADMIN, decision(decision, note, conditions));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        kit.clock.advance(Duration.ofMinutes(30));
        return body(reply);
    }

    static String hashOf(JsonNode submission, int review) {
        return submission.get("reviews").get(review).get("signature").get("hash").asText();
    }

    ApiResponse correct(ObjectNode body) {
        return kit.call(ChecklistTestKit.correctionEvent(pending, QA, "ADMIN", SITE, body).sourceIp("203.0.113.9"));
    }

    @Test
    void aCorrection_isAppendedAndSigned_namingTheOriginal_whichStaysAsItWasSigned() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        Review original = kit.submissions.findById(pending).orElseThrow().reviews().get(0);

        ApiResponse reply = correct(correction(hashOf(approved, 0), "REJECT", "사진 재확인 — 고름 보임, 승인 착오"));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode corrected = body(reply);
        assertThat(corrected.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(corrected.get("reviews")).hasSize(2);
        assertThat(corrected.get("reviews").get(0)).isEqualTo(approved.get("reviews").get(0));
        JsonNode fix = corrected.get("reviews").get(1);
        assertThat(corrected.get("review")).isEqualTo(fix);
        assertThat(fix.get("decision").asText()).isEqualTo("REJECT");
        assertThat(fix.get("note").asText()).isEqualTo("사진 재확인 — 고름 보임, 승인 착오");
        assertThat(fix.get("reviewedBy").asText()).isEqualTo(QA);
        assertThat(fix.get("previousVerdict").asText()).isEqualTo("PASS");
        assertThat(fix.get("signatureStatus").asText()).isEqualTo("VALID");
        assertThat(fix.get("signature").get("meaning").asText()).isEqualTo("CORRECTION");
        assertThat(fix.get("signature").get("meaningText").get("ko").asText()).isEqualTo("기록 정정");
        assertThat(fix.get("signature").get("corrects").asText()).isEqualTo(hashOf(approved, 0));
        assertThat(fix.get("signature").get("recordId").asText()).isEqualTo(pending + "#review-1");
        assertThat(corrected.get("reviews").get(0).get("signatureStatus").asText()).isEqualTo("VALID");
        // stored: the signed decision unchanged, the correction after it
        Submission stored = kit.submissions.findById(pending).orElseThrow();
        assertThat(stored.reviews().get(0)).isEqualTo(original);
        assertThat(SignedDecisions.statuses(stored)).containsExactly(SignedDecisions.Status.VALID,
                SignedDecisions.Status.VALID);
        // both signatures in the append-only audit trail
        assertThat(kit.audit.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SUBMISSION_REVIEWED, AuditAction.SUBMISSION_REVIEW_CORRECTED);
        assertThat(kit.audit.all().get(1).signature().flatMap(ElectronicSignature::corrects))
                .contains(hashOf(approved, 0));
    }

    @Test
    void aCorrectionToReject_revokesTheApprovalsPass_andLocksTheDayOut() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        String passId = approved.get("pass").get("id").asText();

        JsonNode corrected = body(correct(correction(hashOf(approved, 0), "REJECT", "승인 착오")));

        assertThat(corrected.has("pass")).isFalse();
        assertThat(kit.passes.findById(passId).orElseThrow().revokedAt()).isPresent();
        assertThat(kit.workerDays.find(WORKER, LocalDate.of(2026, 3, 2)).orElseThrow().voidedAt(passId)).isPresent();
        JsonNode next = body(kit.submit(WORKER, healthy()));
        assertThat(next.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(next.get("lockedOut").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionOfConditions_issuesAPassWithTheCorrectedConditions_andRevokesTheFirst() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        String first = approved.get("pass").get("id").asText();

        JsonNode corrected = body(correct(correction(hashOf(approved, 0), "APPROVE_WITH_CONDITIONS",
                "방수 밴드와 장갑이 필요했음", "GLOVES_OVER_COVERED_WOUND")));

        assertThat(corrected.get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
        String second = corrected.get("pass").get("id").asText();
        assertThat(second).isNotEqualTo(first);
        Pass pass = kit.passes.findById(second).orElseThrow();
        assertThat(pass.conditions()).extracting(c -> c.code()).contains("GLOVES_OVER_COVERED_WOUND");
        assertThat(kit.passes.findById(first).orElseThrow().revokedAt()).isPresent();
    }

    @Test
    void aCorrectedRejection_isRecordedAsAnApproval_butItsLockoutStands_soNoPassIsIssued() {
        JsonNode rejected = decided("REJECT", "고름 보임");

        ApiResponse reply = correct(correction(hashOf(rejected, 0), "APPROVE", "다른 작업자 사진과 혼동"));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(body(reply).get("verdict").asText()).isEqualTo("PASS");
        assertThat(body(reply).has("pass")).isFalse();
        assertThat(kit.passes.all()).isEmpty();
    }

    @Test
    void aReinstatementCorrectedToReject_locksTheDayOutAgain() {
        // a FAIL, then a screening the lockout refused, reinstated by a supervisor
        assertThat(body(kit.submit(WORKER, with(healthy(), "temperature", 39.0))).get("verdict").asText())
                .isEqualTo("FAIL");
        kit.clock.advance(Duration.ofMinutes(30));
        JsonNode refused = body(kit.submit(WORKER, healthy()));
        assertThat(refused.get("lockedOut").asBoolean()).isTrue();
        String locked = refused.get("id").asText();
        kit.clock.advance(Duration.ofMinutes(5));
        JsonNode reinstated = body(kit.review(locked, ADMIN, decision("APPROVE", "해열 확인")));
        assertThat(reinstated.get("verdict").asText()).isEqualTo("PASS");
        kit.clock.advance(Duration.ofMinutes(5));

        JsonNode corrected = body(kit.callSigned(ChecklistTestKit.correctionEvent(locked, QA, "ADMIN", SITE,
                correction(hashOf(reinstated, 0), "REJECT", "체온 재측정 38.2℃")), QA, SITE));

        assertThat(corrected.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(kit.passes.findById(reinstated.get("pass").get("id").asText()).orElseThrow().revokedAt())
                .isPresent();
        kit.clock.advance(Duration.ofMinutes(5));
        assertThat(body(kit.submit(WORKER, healthy())).get("lockedOut").asBoolean()).isTrue();
    }

    @Test
    void aCorrection_isRefusedWithoutThePassword_orWithoutAReason_andNothingIsAppended() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        ObjectNode noPassword = correction(hashOf(approved, 0), "REJECT", "승인 착오");
        noPassword.remove("password");

        ApiResponse withoutPassword = correct(noPassword);
        ApiResponse withoutReason = correct(correction(hashOf(approved, 0), "REJECT", " "));
        ApiResponse wrongPassword = correct(correction(hashOf(approved, 0), "REJECT", "승인 착오")
                .put("password", "not-my-password"));

        assertThat(withoutPassword.statusCode()).isEqualTo(400);
        assertThat(body(withoutPassword).get("error").get("details").toString()).contains("password");
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(body(withoutReason).get("error").get("details").toString()).contains("reason");
        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(body(wrongPassword).get("error").get("details").get(0).get("code").asText())
                .isEqualTo("WRONG_PASSWORD");
        assertThat(kit.submissions.findById(pending).orElseThrow().reviews()).hasSize(1);
        assertThat(kit.audit.all()).hasSize(1);
    }

    @Test
    void aCorrectionNamingADecisionCorrectedSince_isAlreadyCorrected() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        assertThat(correct(correction(hashOf(approved, 0), "REJECT", "승인 착오")).statusCode()).isEqualTo(200);

        ApiResponse stale = kit.call(ChecklistTestKit.correctionEvent(pending, ADMIN, "ADMIN", SITE,
                correction(hashOf(approved, 0), "APPROVE_WITH_CONDITIONS", "장갑 조건", "GLOVES_OVER_COVERED_WOUND")));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(code(stale)).isEqualTo("ALREADY_CORRECTED");
        assertThat(kit.submissions.findById(pending).orElseThrow().reviews()).hasSize(2);
    }

    @Test
    void aCorrectionOfTheCorrection_namesTheCorrection_andTheChainVerifies() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        JsonNode first = body(correct(correction(hashOf(approved, 0), "REJECT", "승인 착오")));
        kit.clock.advance(Duration.ofMinutes(3));

        JsonNode second = body(correct(correction(hashOf(first, 1), "REJECT", "승인 착오 — 사유 보완: 고름")));

        assertThat(second.get("reviews")).hasSize(3);
        assertThat(second.get("reviews").get(2).get("signature").get("corrects").asText()).isEqualTo(hashOf(first, 1));
        assertThat(SignedDecisions.statuses(kit.submissions.findById(pending).orElseThrow()))
                .containsOnly(SignedDecisions.Status.VALID);
    }

    @Test
    void aRetriedCorrection_isRecordedOnce() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        ObjectNode body = correction(hashOf(approved, 0), "REJECT", "승인 착오");

        ApiResponse first = correct(body);
        ApiResponse again = correct(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(body(again).get("reviews")).isEqualTo(body(first).get("reviews"));
        assertThat(kit.audit.all()).hasSize(2);
    }

    @Test
    void aSubmissionNotDecided_oratAnUnknownHash_isNotCorrectable() {
        ApiResponse undecided = correct(correction("0".repeat(64), "REJECT", "이유"));
        JsonNode approved = decided("APPROVE", "상처 확인함");
        ApiResponse unknown = correct(correction("a".repeat(64), "REJECT", "이유"));
        ApiResponse malformed = correct(correction(hashOf(approved, 0).toUpperCase(), "REJECT", "이유"));

        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(code(undecided)).isEqualTo("NOT_CORRECTABLE");
        assertThat(unknown.statusCode()).isEqualTo(409);
        assertThat(code(unknown)).isEqualTo("NOT_CORRECTABLE");
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void aTamperedDecision_isNotSignedOver() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        Submission signed = kit.submissions.findById(pending).orElseThrow();
        Review original = signed.reviews().get(0);
        kit.submissions.update(withReviews(signed, List.of(new Review(original.reviewerId(), original.reviewedAt(),
                original.decision(), original.conditions(), "문제 없음 (수정됨)", original.previousVerdict(),
                original.resultingVerdict(), original.signature()))));

        ApiResponse reply = correct(correction(hashOf(approved, 0), "REJECT", "승인 착오"));

        assertThat(reply.statusCode()).isEqualTo(409);
        assertThat(code(reply)).isEqualTo("NOT_CORRECTABLE");
    }

    @Test
    void aCorrectionMovedFirst_orOneWhoseDecisionWasRewrittenAndResigned_readsBackAsTampered() {
        JsonNode approved = decided("APPROVE", "상처 확인함");
        correct(correction(hashOf(approved, 0), "REJECT", "승인 착오"));
        Submission stored = kit.submissions.findById(pending).orElseThrow();
        Review decision = stored.reviews().get(0);
        Review fix = stored.reviews().get(1);

        Submission reordered = withReviews(stored, List.of(fix, decision));

        assertThat(SignedDecisions.statuses(reordered)).containsOnly(SignedDecisions.Status.TAMPERED);
        // the original decision rewritten and re-signed (the hash is not keyed: anyone can recompute it) reads VALID
        // on its own, but the correction no longer names it
        Review rewritten = new Review(decision.reviewerId(), decision.reviewedAt(), decision.decision(),
                decision.conditions(), "문제 없음", decision.previousVerdict(), decision.resultingVerdict());
        ElectronicSignature s = decision.signature().orElseThrow();
        Submission resigned = withReviews(stored, List.of(rewritten.withSignature(ElectronicSignature.sign(
                s.signerId(), s.signerName(), s.signedAt(), s.meaning(), s.recordType(), s.recordId(),
                SignedDecisions.recordHash(stored, 0, rewritten), Optional.empty())), fix));
        assertThat(SignedDecisions.statuses(resigned)).containsExactly(SignedDecisions.Status.VALID,
                SignedDecisions.Status.TAMPERED);
        JsonNode read = body(kit.call(getEvent(pending, ADMIN, "ADMIN", SITE)));
        assertThat(read.get("reviews").get(1).get("signatureStatus").asText()).isEqualTo("VALID");
    }

    static Submission withReviews(Submission s, List<Review> reviews) {
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), s.verdict(), new ArrayList<>(reviews),
                s.passId(), s.expiresAt(), s.version() + 1);
    }

}
