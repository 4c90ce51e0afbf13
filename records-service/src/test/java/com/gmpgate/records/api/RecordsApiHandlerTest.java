package com.gmpgate.records.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Csv;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemorySubmissionStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RestEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RecordsFunction on in-memory ports, driven by API Gateway events: the daily sheet as JSON, CSV and PDF (the same
 * cells), the audit trail, and who may see what (an admin, of their own site only).
 */
class RecordsApiHandlerTest {

    static final String SITE = "demo-site";
    static final String ADMIN = "a-1";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Instant NINE = Instant.parse("2026-03-02T00:05:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ContractSchemas CONTRACT = ContractSchemas.load();

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryPassStore passes = new InMemoryPassStore();
    final InMemoryAccessLogStore log = new InMemoryAccessLogStore();
    final FakeLambdaContext context = new FakeLambdaContext();
    RecordsApiHandler api;

    @BeforeEach
    void setUp() {
        api = new RecordsApiHandler(RecordsWiring.of(audit, submissions, users, passes, log, SEOUL, clock,
                CorsPolicy.none()));
        user("w-1", "김위생", "포장1팀", Role.WORKER, SITE);
        user("w-2", "이청결", "가공2팀", Role.WORKER, SITE);
        user(ADMIN, "박관리", "품질관리팀", Role.ADMIN, SITE);
        user("w-x", "최타사", "다른공장", Role.WORKER, "other-site");
        submissions.create(screening("w-1", NINE, answers(false, 36.5), Verdict.PASS, List.of()));
        Submission fever = screening("w-2", NINE.plusSeconds(600), answers(false, 38.2), Verdict.FAIL, List.of());
        submissions.create(fever);
        Submission pending = screening("w-1", NINE.plusSeconds(1800), answers(true, 36.6), Verdict.PENDING_REVIEW,
                List.of());
        submissions.create(pending);
        submissions.update(signedReview(pending, ReviewDecision.APPROVE_WITH_CONDITIONS, Verdict.CONDITIONAL_PASS));
        submissions.create(screening("w-x", NINE, answers(false, 36.5), Verdict.PASS, List.of()));
    }

    // ---- the daily sheet ----------------------------------------------------------------------------

    @Test
    void theSheet_hasOneRowPerScreeningOfTheSite_oldestFirst_withNamesMarksVerdictsAndTheSignature() throws IOException {
        JsonNode sheet = body(call(sheetEvent("/v1/records/daily-sheet", ADMIN, "ADMIN", SITE)));

        List<String> header = strings(sheet.get("header"));
        assertThat(header).startsWith("이름", "부서", "시각", "체온(℃)").endsWith("판정", "조건", "검토·서명")
                .contains("구토", "설사", "손 씻기");
        assertThat(sheet.get("rows")).hasSize(3);
        List<String> first = strings(sheet.get("rows").get(0));
        assertThat(first.subList(0, 4)).containsExactly("김위생", "포장1팀", "09:05", "36.5");
        assertThat(first.get(header.indexOf("구토"))).isEqualTo("✓");
        assertThat(first.get(header.indexOf("판정"))).isEqualTo("적합");
        List<String> fever = strings(sheet.get("rows").get(1));
        assertThat(fever.get(0)).isEqualTo("이청결");
        assertThat(fever.get(header.indexOf("판정"))).isEqualTo("부적합");
        List<String> reviewed = strings(sheet.get("rows").get(2));
        assertThat(reviewed.get(header.indexOf("손 상처"))).isEqualTo("✗");
        assertThat(reviewed.get(header.indexOf("판정"))).isEqualTo("조건부 적합");
        assertThat(reviewed.get(header.indexOf("조건"))).isEqualTo("방수 밴드 위 장갑 착용");
        assertThat(reviewed.get(header.indexOf("검토·서명"))).isEqualTo("박관리 09:55 조건부 승인");
        assertThat(sheet.toString()).doesNotContain("최타사");
    }

    @Test
    void theCsv_holdsExactlyTheRowsThePrintPageShows_withABomAndKoreanHeaders() throws IOException {
        JsonNode sheet = body(call(sheetEvent("/v1/records/daily-sheet", ADMIN, "ADMIN", SITE)));

        ApiResponse csv = call(sheetEvent("/v1/records/daily-sheet.csv", ADMIN, "ADMIN", SITE));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().get("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(Csv.BOM + "\"이름\",\"부서\",\"시각\",");
        List<List<String>> rows = new ArrayList<>();
        sheet.get("rows").forEach(r -> rows.add(strings(r)));
        assertThat(csv.body()).isEqualTo(Csv.document(strings(sheet.get("header")), rows));
        assertThat(csv.body().split("\r\n")).hasSize(1 + 3);
    }

    @Test
    void thePdf_isA4Landscape_andItsTextHoldsTheWorkersAndVerdictsInKorean() throws Exception {
        ApiResponse pdf = call(sheetEvent("/v1/records/daily-sheet.pdf", ADMIN, "ADMIN", SITE));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.isBase64Encoded()).isTrue();
        byte[] bytes = Base64.getDecoder().decode(pdf.body());
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdftotext(bytes);
        assertThat(text).contains("위생상태점검표", "김위생", "이청결", "포장1팀", "부적합", "조건부 적합", "적합",
                "박관리", "조건부 승인", "38.2");
        assertThat(text).doesNotContain("최타사");
        // subset embedding: the whole 700 kB font is not in every day's file
        assertThat(bytes.length).isLessThan(200_000);
    }

    @Test
    void rowsWhoseAnswersExpired_keepTheirVerdictAndSignature_andSaySo() throws IOException {
        clock.advance(Duration.ofDays(31));

        JsonNode sheet = body(call(sheetEvent("/v1/records/daily-sheet", ADMIN, "ADMIN", SITE)));

        List<String> header = strings(sheet.get("header"));
        List<String> reviewed = strings(sheet.get("rows").get(2));
        assertThat(sheet.get("answersExpired").asInt()).isEqualTo(3);
        assertThat(reviewed.get(header.indexOf("체온(℃)"))).isEqualTo("–");
        assertThat(reviewed.get(header.indexOf("판정"))).isEqualTo("조건부 적합");
        assertThat(reviewed.get(header.indexOf("검토·서명"))).isEqualTo("박관리 09:55 조건부 승인");
        assertThat(sheet.get("notes").toString()).contains("보존기간");
    }

    @Test
    void aWorker_isRefused_andAnAdminSeesOnlyTheirOwnSite() throws IOException {
        assertThat(call(sheetEvent("/v1/records/daily-sheet", "w-1", "WORKER", SITE)).statusCode()).isEqualTo(403);
        assertThat(call(sheetEvent("/v1/records/daily-sheet.pdf", "w-1", "WORKER", SITE)).statusCode())
                .isEqualTo(403);
        assertThat(call(RecordsEventKit.as(RestEvent.get("/v1/records/audit"), "w-1", "WORKER", SITE)).statusCode())
                .isEqualTo(403);

        JsonNode other = body(call(sheetEvent("/v1/records/daily-sheet", "a-9", "ADMIN", "other-site")));

        assertThat(other.get("rows")).hasSize(1);
        assertThat(other.toString()).contains("최타사").doesNotContain("김위생");
    }

    // ---- replay -------------------------------------------------------------------------------------

    @Test
    void replay_whileTheAnswersAreKept_reevaluatesWithThePackOfTheRecordedHash_andChecksTheSignatures()
            throws IOException {
        Submission signed = reviewedSubmission();

        JsonNode replay = body(call(replayEvent(signed.id(), ADMIN, SITE)));

        assertThat(replay.get("outcome").asText()).isIn("MATCHES", "DIFFERS");
        assertThat(replay.get("answersAvailable").asBoolean()).isTrue();
        assertThat(replay.get("rulePackFound").asBoolean()).isTrue();
        assertThat(strings(replay.get("signatures"))).containsExactly("VALID");
    }

    @Test
    void replay_afterTheAnswersExpired_saysWhatItCannotReplay_andWhatStands() throws IOException {
        Submission signed = reviewedSubmission();
        clock.advance(Duration.ofDays(31));

        JsonNode replay = body(call(replayEvent(signed.id(), ADMIN, SITE)));

        assertThat(replay.get("outcome").asText()).isEqualTo("ANSWERS_EXPIRED");
        assertThat(replay.get("answersAvailable").asBoolean()).isFalse();
        assertThat(replay.get("statement").get("ko").asText()).contains("보존기간", "전자서명");
        assertThat(replay.get("rulePackHash").asText()).isEqualTo(RulePacks.shipped().defaultPack().contentHash());
        assertThat(strings(replay.get("signatures"))).containsExactly("VALID");
    }

    @Test
    void replay_andTheSheet_ofACorrectedDecision_showTheSignedOriginalAndTheCorrectionThatNamesIt() throws IOException {
        Submission signed = reviewedSubmission();
        submissions.update(correction(signed, ReviewDecision.REJECT, Verdict.FAIL));

        JsonNode replay = body(call(replayEvent(signed.id(), ADMIN, SITE)));

        assertThat(strings(replay.get("signatures"))).containsExactly("VALID", "VALID");
        JsonNode decisions = replay.get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("APPROVE_WITH_CONDITIONS");
        assertThat(decisions.get(0).get("signature").get("hash").asText())
                .isEqualTo(signed.reviews().get(0).signature().orElseThrow().hash());
        assertThat(decisions.get(1).get("decision").asText()).isEqualTo("REJECT");
        assertThat(decisions.get(1).get("signature").get("meaning").asText()).isEqualTo("CORRECTION");
        assertThat(decisions.get(1).get("signature").get("corrects").asText())
                .isEqualTo(decisions.get(0).get("signature").get("hash").asText());
        assertThat(replay.get("verdict").asText()).isEqualTo("FAIL");
        JsonNode sheet = body(call(sheetEvent("/v1/records/daily-sheet", ADMIN, "ADMIN", SITE)));
        List<String> header = strings(sheet.get("header"));
        assertThat(strings(sheet.get("rows").get(2)).get(header.indexOf("검토·서명")))
                .isEqualTo("박관리 09:55 조건부 승인 → 박관리 10:15 기록 정정: 검토 반려 (출입 불가)");
    }

    @Test
    void replay_namesTheConditionsInTheWordsOfTheSubmissionsOwnRulePack_aUsSitesAsWellAsAKoreanOnes()
            throws IOException {
        RulePack us = RulePacks.shipped().get("us-fda-food-code");
        RulePack kr = RulePacks.shipped().defaultPack();
        Condition usGloves = us.conditions().get("GLOVES_OVER_COVERED_WOUND");
        Condition krGloves = kr.conditions().get("GLOVES_OVER_COVERED_WOUND");
        assertThat(usGloves.message()).isNotEqualTo(krGloves.message());
        Submission usScreening = screening(us, "w-1", NINE, answers(true, 36.5), Verdict.CONDITIONAL_PASS,
                List.of(usGloves));
        Submission krScreening = screening(kr, "w-2", NINE, answers(true, 36.5), Verdict.CONDITIONAL_PASS,
                List.of(krGloves));
        submissions.create(usScreening);
        submissions.create(krScreening);

        JsonNode usReplay = body(call(replayEvent(usScreening.id(), ADMIN, SITE)));
        JsonNode krReplay = body(call(replayEvent(krScreening.id(), ADMIN, SITE)));

        assertThat(usReplay.at("/conditions/0/code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
        assertThat(usReplay.at("/conditions/0/message/ko").asText()).isEqualTo(usGloves.message().ko());
        assertThat(usReplay.at("/conditions/0/message/en").asText()).isEqualTo(usGloves.message().en());
        assertThat(krReplay.at("/conditions/0/message/en").asText()).isEqualTo(krGloves.message().en());
        for (JsonNode replay : List.of(usReplay, krReplay)) {
            assertThat(CONTRACT.problems("VerdictReplay", replay)).as(replay.toString()).isEmpty();
        }
    }

    @Test
    void replay_ofAnotherSitesSubmission_isNotFound() throws IOException {
        assertThat(call(replayEvent(reviewedSubmission().id(), "a-9", "other-site")).statusCode()).isEqualTo(404);
    }

    Submission reviewedSubmission() {
        return submissions.listBySiteDate(SITE, DAY, Optional.of(Verdict.CONDITIONAL_PASS), Optional.empty(),
                com.gmpgate.port.PageRequest.first(10)).items().get(0);
    }

    RestEvent replayEvent(String id, String userId, String site) {
        return RecordsEventKit.as(RestEvent.get("/v1/records/submissions/{id}/replay",
                "/v1/records/submissions/" + id + "/replay").pathParameter("id", id), userId, "ADMIN", site);
    }

    // ---- the audit trail ----------------------------------------------------------------------------

    @Test
    void theAuditPage_checksTheGatesSignatures_againstTheEntryAndThePassTheyName() throws IOException {
        AccessLogEntry manual = logged("e-manual", "scan-m1", NINE, EntryKind.MANUAL, Optional.of("휴대폰 방전"));
        signedGateAct("a-manual", manual, SignatureMeaning.MANUAL_ENTRY, AuditAction.GATE_MANUAL_ENTRY,
                Optional.empty(), NINE.plusMillis(40));
        AccessLogEntry fix = logged("e-fix", "fix-in.e-refused", NINE.plusSeconds(60), EntryKind.CORRECTION,
                Optional.of("퇴실 미스캔"));
        signedGateAct("a-fix", fix, SignatureMeaning.GATE_CORRECTION, AuditAction.GATE_CORRECTION,
                Optional.of("scan-refused"), NINE.plusSeconds(60).plusMillis(30));
        Pass revoked = new Pass("p-1", SITE, "w-1", "sub-1", Verdict.PASS, List.of(), List.of(), "token",
                NINE.minusSeconds(600), NINE.plusSeconds(40_000), Optional.of(NINE.plusSeconds(120)),
                Optional.of("상처 악화"));
        passes.create(revoked);
        ElectronicSignature revocation = ElectronicSignature.sign(ADMIN, "박관리", NINE.plusSeconds(120),
                SignatureMeaning.PASS_REVOCATION, SignedGateRecords.PASS_REVOCATION, "p-1",
                SignedGateRecords.recordHash(revoked), Optional.empty());
        audit.append(new AuditEntry("a-revoke", SITE, NINE.plusSeconds(120), ADMIN, AuditAction.PASS_REVOKED, "PASS",
                "p-1", "상처 악화", Optional.of(revocation)));
        audit.append(new AuditEntry("a-user", SITE, NINE.plusSeconds(180), ADMIN, AuditAction.USER_CREATED, "USER",
                "w-2", "", Optional.empty()));

        assertThat(statuses()).containsEntry("a-manual", "VALID").containsEntry("a-fix", "VALID")
                .containsEntry("a-revoke", "VALID").containsEntry("a-user", null);

        // someone with write access edits the guard's note on the log, and the pass's revocation reason
        log.overwrite(new AccessLogEntry(manual.id(), manual.siteId(), manual.scanId(), manual.at(),
                manual.siteDate(), manual.workerId(), manual.workerName(), manual.gateId(), manual.direction(),
                manual.result(), manual.reason(), manual.passId(), manual.scannedBy(), manual.offline(),
                manual.recordedAt(), manual.outOfOrder(), manual.kind(), Optional.of("정상 출입")));
        passes.overwrite(new Pass("p-1", SITE, "w-1", "sub-1", Verdict.PASS, List.of(), List.of(), "token",
                revoked.issuedAt(), revoked.expiresAt(), revoked.revokedAt(), Optional.of("본인 요청")));

        Map<String, String> after = statuses();
        assertThat(after).containsEntry("a-manual", "TAMPERED").containsEntry("a-revoke", "TAMPERED")
                .containsEntry("a-fix", "VALID");
        String csv = call(RecordsEventKit.as(RestEvent.get("/v1/records/audit.csv")
                .query("from", "2026-03-02").query("to", "2026-03-02"), ADMIN, "ADMIN", SITE)).body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",\"서명 검증\"");
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line).contains("수동 출입 처리 (전자서명)")
                .endsWith(",\"불일치 (서명 뒤 기록이 바뀜)\""));
    }

    @Test
    void anAlreadyInsideFix_isCheckedWithTheExitItWrote_soAnEditedExitIsTampered() throws IOException {
        AccessLogEntry exit = logged("e-exit", SignedGateRecords.FIX_EXIT + "e-refused", NINE, EntryKind.CORRECTION,
                Optional.of("퇴장 스캔 누락"));
        AccessLogEntry entry = logged("e-fix", SignedGateRecords.FIX_ENTRY + "e-refused", NINE.plusMillis(20),
                EntryKind.CORRECTION, Optional.of("퇴장 스캔 누락"));
        ElectronicSignature signature = ElectronicSignature.sign("guard-1", "정경비", NINE.plusMillis(50),
                SignatureMeaning.GATE_CORRECTION, SignedGateRecords.ACCESS_LOG_ENTRY, entry.id(),
                SignedGateRecords.recordHash(entry, Optional.of(exit), Optional.of("scan-refused")), Optional.empty());
        audit.append(new AuditEntry("a-fix", SITE, NINE.plusMillis(50), "guard-1", AuditAction.GATE_CORRECTION,
                "ACCESS_LOG_ENTRY", entry.id(), "IN ACCEPTED gate GATE-1 (worker w-1), exit e-exit, corrects scan "
                + "scan-refused", Optional.of(signature)));
        assertThat(statuses()).containsEntry("a-fix", "VALID");

        // the exit moved to another time: the worker's stay inside now reads differently
        log.overwrite(new AccessLogEntry(exit.id(), exit.siteId(), exit.scanId(), exit.at().minusSeconds(3600),
                exit.siteDate(), exit.workerId(), exit.workerName(), exit.gateId(), exit.direction(), exit.result(),
                exit.reason(), exit.passId(), exit.scannedBy(), exit.offline(), exit.recordedAt(), exit.outOfOrder(),
                exit.kind(), exit.note()));

        assertThat(statuses()).containsEntry("a-fix", "TAMPERED");
    }

    @Test
    void theAuditPage_seesATamperedSignatureHash_andARecordGonePastItsRetention() throws IOException {
        AccessLogEntry manual = logged("e-manual", "scan-m1", NINE, EntryKind.MANUAL, Optional.empty());
        ElectronicSignature signed = signedGateAct("a-manual", manual, SignatureMeaning.MANUAL_ENTRY,
                AuditAction.GATE_MANUAL_ENTRY, Optional.empty(), NINE.plusMillis(40));
        // the trail's copy with its hash replaced (as if the hash of another record were pasted in)
        audit.append(new AuditEntry("a-forged", SITE, NINE.plusMillis(41), ADMIN, AuditAction.GATE_MANUAL_ENTRY,
                "ACCESS_LOG_ENTRY", manual.id(), "", Optional.of(new ElectronicSignature(signed.signerId(),
                signed.signerName(), signed.signedAt(), signed.meaning(), signed.recordType(), signed.recordId(),
                signed.recordHash(), signed.corrects(), "f".repeat(64)))));
        // a manual entry whose log entry is no longer stored
        ElectronicSignature orphan = ElectronicSignature.sign(ADMIN, "박관리", NINE.plusSeconds(5),
                SignatureMeaning.MANUAL_ENTRY, SignedGateRecords.ACCESS_LOG_ENTRY, "e-gone", "0".repeat(64),
                Optional.empty());
        audit.append(new AuditEntry("a-gone", SITE, NINE.plusSeconds(5), ADMIN, AuditAction.GATE_MANUAL_ENTRY,
                "ACCESS_LOG_ENTRY", "e-gone", "", Optional.of(orphan)));

        assertThat(statuses()).containsEntry("a-manual", "VALID").containsEntry("a-forged", "TAMPERED")
                .containsEntry("a-gone", "RECORD_GONE");
    }

    @Test
    void theAuditPage_checksReviewSignatures_againstTheSubmissionsOwnCopy() throws IOException {
        Submission signed = reviewedSubmission();
        audit.append(new AuditEntry(SignedDecisions.recordId(signed, 0), SITE, signed.reviews().get(0).reviewedAt(),
                ADMIN, AuditAction.SUBMISSION_REVIEWED, "SUBMISSION", signed.id(), "", signed.reviews().get(0)
                .signature()));
        assertThat(statuses()).containsEntry(SignedDecisions.recordId(signed, 0), "VALID");

        Review original = signed.reviews().get(0);
        submissions.update(new Submission(signed.id(), signed.siteId(), signed.workerId(),
                signed.clientSubmissionId(), signed.requestHash(), signed.submittedAt(), signed.siteDate(),
                signed.photos(), signed.evaluation(), signed.verdict(), List.of(new Review(original.reviewerId(),
                original.reviewedAt(), original.decision(), original.conditions(), "수정된 메모",
                original.previousVerdict(), original.resultingVerdict(), original.signature())), signed.passId(),
                signed.expiresAt(), signed.version() + 1));

        assertThat(statuses()).containsEntry(SignedDecisions.recordId(signed, 0), "TAMPERED");
    }

    /** Each audit entry of the day by id, with its signatureStatus (null when it is not signed). */
    Map<String, String> statuses() throws IOException {
        JsonNode page = body(call(RecordsEventKit.as(RestEvent.get("/v1/records/audit").query("from", "2026-03-02")
                .query("to", "2026-03-02"), ADMIN, "ADMIN", SITE)));
        Map<String, String> statuses = new HashMap<>();
        page.get("items").forEach(item -> statuses.put(item.get("id").asText(),
                item.has("signatureStatus") ? item.get("signatureStatus").asText() : null));
        return statuses;
    }

    AccessLogEntry logged(String id, String scanId, Instant at, EntryKind kind, Optional<String> note) {
        AccessLogEntry entry = new AccessLogEntry(id, SITE, scanId, at, DAY, Optional.of("w-1"), Optional.of("김위생"),
                "GATE-1", Direction.IN, GateResult.ACCEPTED, Optional.<GateRejection>empty(), Optional.of("p-0"),
                "guard-1", false, at, false, kind, note);
        log.append(entry);
        return entry;
    }

    /** As qr-service's SignedGateDesk signs a guard's act: the entry, and for a correction the refused scan id. */
    ElectronicSignature signedGateAct(String auditId, AccessLogEntry entry, SignatureMeaning meaning,
                                      AuditAction action, Optional<String> corrects, Instant signedAt) {
        ElectronicSignature signature = ElectronicSignature.sign("guard-1", "정경비", signedAt, meaning,
                SignedGateRecords.ACCESS_LOG_ENTRY, entry.id(), SignedGateRecords.recordHash(entry, corrects),
                Optional.empty());
        audit.append(new AuditEntry(auditId, SITE, signedAt, "guard-1", action, "ACCESS_LOG_ENTRY", entry.id(),
                "IN ACCEPTED gate GATE-1 (worker w-1)" + corrects.map(c -> ", corrects scan " + c).orElse(""),
                Optional.of(signature)));
        return signature;
    }

    @Test
    void theAuditTrail_listsTheSitesEntriesOfThePeriod_withNames_andExportsThemAsCsv() throws IOException {
        audit.append(new AuditEntry("e-1", SITE, NINE, ADMIN, AuditAction.USER_CREATED, "USER", "w-2", "WORKER, 가공2팀",
                Optional.empty()));
        audit.append(new AuditEntry("e-2", SITE, NINE.plusSeconds(60), ADMIN, AuditAction.USER_ROLE_CHANGED, "USER",
                "w-2", "WORKER → ADMIN", Optional.empty()));
        audit.append(new AuditEntry("e-3", "other-site", NINE, "a-9", AuditAction.USER_CREATED, "USER", "w-x", "",
                Optional.empty()));
        audit.append(new AuditEntry("e-0", SITE, NINE.minus(Duration.ofDays(2)), ADMIN, AuditAction.USER_DISABLED,
                "USER", "w-1", "", Optional.empty()));

        JsonNode page = body(call(RecordsEventKit.as(RestEvent.get("/v1/records/audit").query("from", "2026-03-02")
                .query("to", "2026-03-02"), ADMIN, "ADMIN", SITE)));

        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("action").asText()).isEqualTo("USER_CREATED");
        assertThat(page.get("items").get(0).get("actorName").asText()).isEqualTo("박관리");
        assertThat(page.get("items").get(1).get("targetName").asText()).isEqualTo("이청결");

        ApiResponse csv = call(RecordsEventKit.as(RestEvent.get("/v1/records/audit.csv").query("from", "2026-02-28")
                .query("to", "2026-03-02"), ADMIN, "ADMIN", SITE));

        assertThat(csv.body()).startsWith(Csv.BOM + "\"일시\",\"작업\",\"수행자\",\"대상 종류\",\"대상\",\"내용\"");
        assertThat(csv.body()).contains("\"2026-03-02 09:05:00\",\"사용자 생성\",\"박관리\",\"사용자\",\"이청결\"")
                .contains("권한 변경").contains("사용자 비활성화").doesNotContain("최타사");
    }

    @Test
    void aPeriodBackwards_orLongerThanAYear_isRefused() throws IOException {
        assertThat(call(RecordsEventKit.as(RestEvent.get("/v1/records/audit").query("from", "2026-03-03")
                .query("to", "2026-03-02"), ADMIN, "ADMIN", SITE)).statusCode()).isEqualTo(400);
        assertThat(call(RecordsEventKit.as(RestEvent.get("/v1/records/audit").query("from", "2024-01-01")
                .query("to", "2026-03-02"), ADMIN, "ADMIN", SITE)).statusCode()).isEqualTo(400);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    RestEvent sheetEvent(String path, String userId, String role, String site) {
        return RecordsEventKit.as(RestEvent.get(path).query("date", DAY.toString()), userId, role, site);
    }

    ApiResponse call(RestEvent event) throws IOException {
        return api.dispatcher().handle(event.bytes(), context);
    }

    static JsonNode body(ApiResponse response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    void user(String id, String name, String department, Role role, String site) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        users.create(new User(id, site, "login-" + id, name, department, role, UserStatus.ACTIVE, "x", List.of(),
                Optional.empty(), at, at, 1));
    }

    static Map<String, Object> answers(boolean wound, double temperature) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("temperature", new BigDecimal(Double.toString(temperature)));
        for (String symptom : List.of("vomiting", "diarrhea", "jaundice", "sore_throat_fever", "reportable_diagnosis")) {
            answers.put(symptom, false);
        }
        answers.put("hand_wound", wound);
        for (String done : List.of("uniform_clean", "hair_covered", "jewelry_removed", "nails_ok", "hands_washed")) {
            answers.put(done, true);
        }
        return answers;
    }

    static Submission screening(String worker, Instant at, Map<String, Object> answers, Verdict verdict,
                                List<Condition> conditions) {
        return screening(RulePacks.shipped().defaultPack(), worker, at, answers, verdict, conditions);
    }

    static Submission screening(RulePack pack, String worker, Instant at, Map<String, Object> answers,
                                Verdict verdict, List<Condition> conditions) {
        String site = worker.equals("w-x") ? "other-site" : SITE;
        VerdictRecord record = new VerdictRecord(verdict, List.of(), conditions, Optional.empty(), List.of(),
                pack.template().id(), pack.template().version(), pack.id(), pack.version(), pack.contentHash(),
                answers, List.of(), false, at);
        return new Submission(UUID.randomUUID().toString(), site, worker, UUID.randomUUID().toString(), "h", at,
                LocalDate.ofInstant(at, SEOUL), List.of(), record, verdict, List.of(), Optional.empty(),
                at.plus(Duration.ofDays(30)), 1);
    }

    static Submission signedReview(Submission s, ReviewDecision decision, Verdict result) {
        Instant at = s.submittedAt().plusSeconds(1200);
        Condition gloves = new Condition("GLOVES_OVER_COVERED_WOUND",
                LocalizedText.of("방수 밴드 위 장갑 착용", "Gloves over the covered wound"));
        Review review = new Review(ADMIN, at, decision, List.of(gloves), "확인", s.verdict(), result);
        ElectronicSignature signature = ElectronicSignature.sign(ADMIN, "박관리", at,
                SignedDecisions.meaning(decision, false), SignedDecisions.RECORD_TYPE, SignedDecisions.recordId(s, 0),
                SignedDecisions.recordHash(s, 0, review), Optional.empty());
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), result,
                List.of(review.withSignature(signature)), s.passId(), s.expiresAt(), s.version() + 1);
    }

    /** {@code s}'s decision corrected 20 minutes later: a review signed as CORRECTION naming the one before. */
    static Submission correction(Submission s, ReviewDecision decision, Verdict result) {
        Instant at = s.reviews().get(0).reviewedAt().plusSeconds(1200);
        Review review = new Review(ADMIN, at, decision, List.of(), "재확인 — 고름", s.verdict(), result);
        ElectronicSignature signature = ElectronicSignature.sign(ADMIN, "박관리", at,
                com.gmpgate.domain.signature.SignatureMeaning.CORRECTION, SignedDecisions.RECORD_TYPE,
                SignedDecisions.recordId(s, 1), SignedDecisions.recordHash(s, 1, review),
                Optional.of(s.reviews().get(0).signature().orElseThrow().hash()));
        List<Review> reviews = new ArrayList<>(s.reviews());
        reviews.add(review.withSignature(signature));
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), result, reviews, s.passId(),
                s.expiresAt(), s.version() + 1);
    }

    /** Debian poppler-utils' pdftotext, as an auditor's tool would read the file. */
    static String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("daily-sheet", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("pdftotext (apt-get install -y poppler-utils): " + text).isZero();
            return text;
        } catch (IOException e) {
            throw new AssertionError("pdftotext is needed for this test: apt-get install -y poppler-utils", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
