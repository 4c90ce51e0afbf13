package com.gmpgate.qr.api;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.asGate;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Json;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guard's desk: the GATE role's reach, the one-tap fix of an anti-passback refusal and the manual entry by name,
 * through the handler as API Gateway REST events.
 */
class GateDeskRoutesTest {

    private static final String GUARD = "u-gate-1";

    private final QrTestKit kit = new QrTestKit();

    GateDeskRoutesTest() {
        kit.user(GUARD, "정문 태블릿", "보안팀", SITE, Role.GATE);
    }

    @Test
    void aGateUser_scans_butCannotRevokeOrSeePasses() {
        IssuedPass pass = kit.pass("w-kim");

        ApiResponse scan = kit.send(asGate(RestEvent.post("/v1/qr/verify").json(Json.write(
                new QrTestKit.VerifyRequest(pass.token(), "GATE-1", "IN", "scan-g1", NOW.toString()))), GUARD));
        ApiResponse revoke = kit.send(asGate(RestEvent.post("/v1/qr/passes/{id}/revoke",
                "/v1/qr/passes/" + pass.id() + "/revoke").pathParameter("id", pass.id())
                .json("{\"reason\":\"x\"}"), GUARD));
        ApiResponse image = kit.send(asGate(RestEvent.get("/v1/qr/passes/{id}/image",
                "/v1/qr/passes/" + pass.id() + "/image").pathParameter("id", pass.id()), GUARD));
        ApiResponse current = kit.send(asGate(RestEvent.get("/v1/qr/passes/current"), GUARD));

        assertThat(scan.statusCode()).isEqualTo(200);
        assertThat(json(scan).get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(kit.log.findByScanId(SITE, "scan-g1").orElseThrow().scannedBy()).isEqualTo(GUARD);
        assertThat(List.of(revoke.statusCode(), image.statusCode(), current.statusCode())).containsOnly(403);
    }

    @Test
    void alreadyInside_isFixedInOneTap_byAnExitThenTheEntry_bothLoggedAsCorrections() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-1");
        JsonNode refused = json(kit.verify(pass.token(), "IN", "scan-2"));
        assertThat(refused.get("reason").asText()).isEqualTo("ALREADY_INSIDE");

        JsonNode fixed = json(correct("scan-2", GUARD));

        assertThat(fixed.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(fixed.get("kind").asText()).isEqualTo("CORRECTION");
        assertThat(fixed.at("/worker/displayName").asText()).isEqualTo("김민수");
        List<AccessLogEntry> fixes = kit.log.all().stream().filter(e -> e.kind() == EntryKind.CORRECTION).toList();
        assertThat(fixes).extracting(AccessLogEntry::direction).containsExactlyInAnyOrder(Direction.OUT, Direction.IN);
        assertThat(fixes).allSatisfy(e -> {
            assertThat(e.result()).isEqualTo(GateResult.ACCEPTED);
            assertThat(e.note()).isPresent();
            assertThat(e.scannedBy()).isEqualTo(GUARD);
        });
        assertThat(kit.presence.find(SITE, "w-kim")).isPresent();
    }

    @Test
    void aDoubleTapOnTheFix_writesNothingTwice() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-1");
        kit.verify(pass.token(), "IN", "scan-2");

        JsonNode first = json(correct("scan-2", GUARD));
        JsonNode second = json(correct("scan-2", GUARD));

        assertThat(second.get("logId").asText()).isEqualTo(first.get("logId").asText());
        assertThat(kit.log.all()).hasSize(4); // IN, refused IN, corrective OUT, IN
        // each entry announced once to the live screens, the desk's own exit too
        assertThat(kit.announced).extracting(GateScanned::logId)
                .containsExactlyElementsOf(kit.log.all().stream().map(AccessLogEntry::id).toList());
    }

    @Test
    void anExitWithNoEntryOnRecord_isLoggedAsAnExit_andMovesNoOne() {
        IssuedPass pass = kit.pass("w-kim");
        JsonNode refused = json(kit.verify(pass.token(), "OUT", "scan-out"));
        assertThat(refused.get("reason").asText()).isEqualTo("NOT_INSIDE");

        JsonNode fixed = json(correct("scan-out", GUARD));

        assertThat(fixed.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(fixed.get("kind").asText()).isEqualTo("CORRECTION");
        assertThat(fixed.get("note").asText()).isEqualTo("입장 기록 없이 퇴장");
        AccessLogEntry exit = kit.log.findByScanId(SITE, fixed.get("scanId").asText()).orElseThrow();
        assertThat(exit.direction()).isEqualTo(Direction.OUT);
        assertThat(kit.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void onlyAntiPassbackRefusals_canBeCorrected() {
        kit.verify("not-a-pass", "IN", "scan-junk");
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-ok");

        assertThat(correct("scan-junk", GUARD).statusCode()).isEqualTo(409);
        assertThat(correct("scan-ok", GUARD).statusCode()).isEqualTo(409);
        assertThat(json(correct("no-such-scan", GUARD)).at("/error/code").asText()).isEqualTo("NOT_CORRECTABLE");
    }

    @Test
    void aManualEntry_checksTheWorkersStoredPass_andIsLoggedAsManual() {
        kit.pass("w-kim");

        ApiResponse response = manual("w-kim", "IN", "man-1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(body.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(body.get("note").asText()).isEqualTo("휴대폰 배터리 없음");
        AccessLogEntry entry = kit.log.findByScanId(SITE, "man-1").orElseThrow();
        assertThat(entry.kind()).isEqualTo(EntryKind.MANUAL);
        assertThat(entry.scannedBy()).isEqualTo(GUARD);
    }

    @Test
    void aManualEntry_isRefused_withoutAValidPass_butAnExitIsStillLogged() {
        ApiResponse in = manual("w-lee", "IN", "man-2");
        ApiResponse out = manual("w-lee", "OUT", "man-3");

        assertThat(in.statusCode()).isEqualTo(409);
        assertThat(json(in).at("/error/code").asText()).isEqualTo("NO_VALID_PASS");
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(json(out).get("reason").asText()).isEqualTo("NOT_INSIDE");
        AccessLogEntry exit = kit.log.findByScanId(SITE, "man-3").orElseThrow();
        assertThat(exit.kind()).isEqualTo(EntryKind.MANUAL);
        // the exit by name, with no pass to check, reaches the live screens like a scanned one
        assertThat(kit.announced).extracting(GateScanned::logId).containsExactly(exit.id());
        assertThat(kit.announced.get(0).direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void aManualEntry_forAWorkerOfAnotherSite_orAnAdmin_findsNoOne() {
        kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(60)).issue();

        assertThat(manual("w-park", "IN", "man-4").statusCode()).isEqualTo(404);
        assertThat(manual(QrTestKit.ADMIN, "IN", "man-5").statusCode()).isEqualTo(404);
    }

    @Test
    void aWorker_canNeitherCorrectNorEnterManually() {
        kit.pass("w-kim");
        ApiResponse asWorker = kit.send(QrTestKit.asWorker(RestEvent.post("/v1/qr/manual-entries").json(Json.write(
                Map.of("workerId", "w-kim", "gateId", "GATE-1", "direction", "IN", "scanId", "man-w",
                        "password", QrTestKit.PASSWORD))), "w-kim"));

        assertThat(asWorker.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdmin_mayUseTheDeskToo() {
        kit.pass("w-kim");

        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/manual-entries").json(Json.write(
                Map.of("workerId", "w-kim", "gateId", "GATE-1", "direction", "IN", "scanId", "man-a",
                        "password", QrTestKit.PASSWORD)))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).has("note")).isFalse();
    }

    @Test
    void aManualEntry_isSignedByTheGuard_bindingTheLoggedEntry() {
        kit.pass("w-kim");

        JsonNode body = json(manual("w-kim", "IN", "man-s"));

        JsonNode signature = body.get("signature");
        AccessLogEntry entry = kit.log.findByScanId(SITE, "man-s").orElseThrow();
        assertThat(signature.get("signerId").asText()).isEqualTo(GUARD);
        assertThat(signature.get("signerName").asText()).isEqualTo("정문 태블릿");
        assertThat(signature.get("meaning").asText()).isEqualTo("MANUAL_ENTRY");
        assertThat(signature.get("recordType").asText()).isEqualTo(SignedGateRecords.ACCESS_LOG_ENTRY);
        assertThat(signature.get("recordId").asText()).isEqualTo(entry.id());
        assertThat(signature.get("recordHash").asText())
                .isEqualTo(SignedGateRecords.recordHash(entry, Optional.empty()));
        AuditEntry audited = kit.audit.all().get(0);
        assertThat(audited.action()).isEqualTo(AuditAction.GATE_MANUAL_ENTRY);
        assertThat(audited.actorId()).isEqualTo(GUARD);
        assertThat(audited.signature().orElseThrow().verifies(SignedGateRecords.recordHash(entry, Optional.empty())))
                .isTrue();
    }

    @Test
    void atAnUnattendedGateTablet_noOneEntersAWorkerByName_withoutTheGuardsPassword() {
        kit.pass("w-kim");

        ApiResponse none = kit.send(asGate(RestEvent.post("/v1/qr/manual-entries").json(Json.write(Map.of(
                "workerId", "w-kim", "gateId", "GATE-1", "direction", "IN", "scanId", "man-x"))), GUARD));
        ApiResponse wrong = manual("w-kim", "IN", "man-y", "guess1234");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).at("/error/details/0/field").asText()).isEqualTo("password");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).at("/error/details/0/code").asText()).isEqualTo("WRONG_PASSWORD");
        assertThat(kit.log.all()).isEmpty();
        assertThat(kit.presence.find(SITE, "w-kim")).isEmpty();
        assertThat(kit.audit.all()).isEmpty();
    }

    @Test
    void aCorrection_withoutTheGuardsPassword_movesNoOne() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-1");
        kit.verify(pass.token(), "IN", "scan-2");

        ApiResponse none = kit.send(asGate(RestEvent.post("/v1/qr/corrections")
                .json(Json.write(Map.of("scanId", "scan-2"))), GUARD));
        ApiResponse wrong = correct("scan-2", GUARD, "guess1234");

        assertThat(List.of(none.statusCode(), wrong.statusCode())).containsOnly(400);
        assertThat(kit.log.all()).hasSize(2);
        assertThat(kit.audit.all()).isEmpty();
    }

    @Test
    void aCorrection_isSigned_namesTheRefusedScan_andLeavesItAsItWas() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-1");
        kit.verify(pass.token(), "IN", "scan-2");
        AccessLogEntry refused = kit.log.findByScanId(SITE, "scan-2").orElseThrow();

        JsonNode first = json(correct("scan-2", GUARD));
        JsonNode second = json(correct("scan-2", GUARD));

        AccessLogEntry fixed = kit.log.findByScanId(SITE, first.get("scanId").asText()).orElseThrow();
        AccessLogEntry exit = kit.log.findByScanId(SITE, SignedGateRecords.FIX_EXIT + refused.id()).orElseThrow();
        JsonNode signature = first.get("signature");
        assertThat(signature.get("meaning").asText()).isEqualTo("GATE_CORRECTION");
        assertThat(signature.get("recordId").asText()).isEqualTo(fixed.id());
        // the entry that answers and the exit written before it (which moved the worker out): both signed
        assertThat(signature.get("recordHash").asText())
                .isEqualTo(SignedGateRecords.recordHash(fixed, Optional.of(exit), Optional.of("scan-2")))
                .isNotEqualTo(SignedGateRecords.recordHash(fixed, Optional.of("scan-2")));
        assertThat(kit.log.findByScanId(SITE, "scan-2").orElseThrow()).isEqualTo(refused);
        // the double tap signs nothing again: one signed record
        assertThat(second.has("signature")).isFalse();
        assertThat(kit.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.GATE_CORRECTION);
            assertThat(e.detail()).contains("exit " + exit.id()).endsWith(", corrects scan scan-2");
        });
    }

    private ApiResponse correct(String scanId, String who) {
        return correct(scanId, who, QrTestKit.PASSWORD);
    }

    private ApiResponse correct(String scanId, String who, String password) {
        return kit.send(asGate(RestEvent.post("/v1/qr/corrections").json(Json.write(Map.of("scanId", scanId,
                "password", password))), who));
    }

    private ApiResponse manual(String workerId, String direction, String scanId) {
        return manual(workerId, direction, scanId, QrTestKit.PASSWORD);
    }

    private ApiResponse manual(String workerId, String direction, String scanId, String password) {
        return kit.send(asGate(RestEvent.post("/v1/qr/manual-entries").json(Json.write(Map.of("workerId", workerId,
                "gateId", "GATE-1", "direction", direction, "scanId", scanId, "note", "휴대폰 배터리 없음",
                "password", password))), GUARD));
    }
}
