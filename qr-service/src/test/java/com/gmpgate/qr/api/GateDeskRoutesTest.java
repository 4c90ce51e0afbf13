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
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import java.util.List;
import java.util.Map;
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
        assertThat(kit.log.findByScanId(SITE, "man-3").orElseThrow().kind()).isEqualTo(EntryKind.MANUAL);
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
                Map.of("workerId", "w-kim", "gateId", "GATE-1", "direction", "IN", "scanId", "man-w"))), "w-kim"));

        assertThat(asWorker.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdmin_mayUseTheDeskToo() {
        kit.pass("w-kim");

        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/manual-entries").json(Json.write(
                Map.of("workerId", "w-kim", "gateId", "GATE-1", "direction", "IN", "scanId", "man-a")))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).has("note")).isFalse();
    }

    private ApiResponse correct(String scanId, String who) {
        return kit.send(asGate(RestEvent.post("/v1/qr/corrections").json(Json.write(Map.of("scanId", scanId))), who));
    }

    private ApiResponse manual(String workerId, String direction, String scanId) {
        return kit.send(asGate(RestEvent.post("/v1/qr/manual-entries").json(Json.write(Map.of("workerId", workerId,
                "gateId", "GATE-1", "direction", direction, "scanId", scanId, "note", "휴대폰 배터리 없음"))), GUARD));
    }
}
