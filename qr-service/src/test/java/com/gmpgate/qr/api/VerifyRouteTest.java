package com.gmpgate.qr.api;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.asWorker;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.TestDevices;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** POST /v1/qr/verify through the handler, driven by API Gateway REST events as the admin app's scanner sends them. */
class VerifyRouteTest {

    private final QrTestKit kit = new QrTestKit();

    @Test
    void aGoodPass_isAccepted_andTheReplyNamesTheWorkerAndTheConditions() {
        IssuedPass pass = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND").issue();

        ApiResponse response = kit.verify(pass.token(), "IN", "scan-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
        JsonNode body = json(response);
        assertThat(body.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(body.has("reason")).isFalse();
        assertThat(body.at("/worker/id").asText()).isEqualTo("w-kim");
        assertThat(body.at("/worker/displayName").asText()).isEqualTo("김민수");
        assertThat(body.at("/worker/department").asText()).isEqualTo("생산1팀");
        assertThat(body.at("/pass/id").asText()).isEqualTo(pass.id());
        assertThat(body.at("/pass/verdict").asText()).isEqualTo("CONDITIONAL_PASS");
        assertThat(body.at("/pass/conditions/0/code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
        assertThat(body.at("/pass/conditions/0/message/ko").asText()).contains("장갑");
        assertThat(body.at("/pass/conditions/0/message/en").asText()).containsIgnoringCase("glove");
        assertThat(body.at("/pass/expiresAt").asText()).isEqualTo(pass.claims().expiresAt().toString());
        assertThat(body.get("logId").asText()).isEqualTo(kit.log.all().get(0).id());
        assertThat(body.get("scanId").asText()).isEqualTo("scan-1");
        assertThat(kit.log.all().get(0).scannedBy()).isEqualTo(QrTestKit.ADMIN);
    }

    @Test
    void aUsSitesPass_isReadToTheGuardInTheFoodCodesWords_notTheKoreanPacks() {
        RulePack us = RulePacks.shipped().get("us-fda-food-code");
        IssuedPass pass = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions(us, "GLOVES_OVER_COVERED_WOUND").issue();

        JsonNode accepted = json(kit.verify(pass.token(), "IN", "scan-1"));
        JsonNode refused = json(kit.verify(pass.token(), "IN", "scan-2"));

        LocalizedText usWords = us.conditions().get("GLOVES_OVER_COVERED_WOUND").message();
        LocalizedText krWords = RulePacks.shipped().defaultPack().conditions().get("GLOVES_OVER_COVERED_WOUND")
                .message();
        for (JsonNode reply : List.of(accepted, refused)) {
            assertThat(reply.at("/pass/conditions/0/message/ko").asText()).isEqualTo(usWords.ko())
                    .isNotEqualTo(krWords.ko());
            assertThat(reply.at("/pass/conditions/0/message/en").asText()).isEqualTo(usWords.en());
        }
        assertThat(refused.get("reason").asText()).isEqualTo("ALREADY_INSIDE");
    }

    @ParameterizedTest
    @EnumSource(value = GateRejection.class, mode = EnumSource.Mode.EXCLUDE, names = "STATIC_NOT_ALLOWED")
    void everyRejectionReason_isAnsweredAndLogged(GateRejection reason) {
        String token = tokenThatIs(reason);

        ApiResponse response = kit.verify(token, reason == GateRejection.NOT_INSIDE ? "OUT" : "IN", "scan-last");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("result").asText()).isEqualTo("REJECTED");
        assertThat(json(response).get("reason").asText()).isEqualTo(reason.name());
        AccessLogEntry logged = kit.log.findByScanId(SITE, "scan-last").orElseThrow();
        assertThat(logged.result()).isEqualTo(GateResult.REJECTED);
        assertThat(logged.reason()).contains(reason);
    }

    /** A token that the gate turns away for {@code reason}, with whatever state that needs arranged. */
    private String tokenThatIs(GateRejection reason) {
        return switch (reason) {
            case MALFORMED -> "https://example.com/not-a-pass";
            case INVALID_SIGNATURE -> kit.passes.signedByAStranger(kit.pass("w-kim"));
            case EXPIRED -> kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minus(Duration.ofHours(13)))
                    .issue().token();
            case NOT_YET_VALID -> kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.plus(Duration.ofMinutes(5)))
                    .issue().token();
            case WRONG_SITE -> kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(60))
                    .issue().token();
            case REVOKED -> {
                IssuedPass pass = kit.pass("w-kim");
                revoke(pass.id(), "FAIL on re-screen");
                yield pass.token();
            }
            case ALREADY_INSIDE -> {
                IssuedPass pass = kit.pass("w-kim");
                kit.verify(pass.token(), "IN");
                yield pass.token();
            }
            case NOT_INSIDE -> kit.pass("w-kim").token();
            case WRONG_DEVICE -> {
                IssuedPass pass = kit.boundPass("w-kim");
                yield TestDevices.unregistered().code(pass.id(), NOW, SITE);
            }
            case PASS_OTHER_DEVICE -> {
                IssuedPass pass = kit.boundPass("w-kim");
                yield kit.newPhone("w-kim").code(pass.id(), NOW, SITE);
            }
            case CODE_EXPIRED -> {
                IssuedPass pass = kit.boundPass("w-kim");
                yield kit.phone("w-kim").code(pass.id(), NOW.minusSeconds(30), SITE);
            }
            // RotatingCodeRouteTest: this kit's gate takes static passes
            case STATIC_NOT_ALLOWED -> throw new AssertionError("not here");
        };
    }

    @Test
    void inTwice_theSecondIsAlreadyInside_andOutThenInWorks() {
        IssuedPass pass = kit.pass("w-kim");

        assertThat(result(kit.verify(pass.token(), "IN"))).isEqualTo("ACCEPTED");
        assertThat(reason(kit.verify(pass.token(), "IN"))).isEqualTo("ALREADY_INSIDE");
        assertThat(result(kit.verify(pass.token(), "OUT"))).isEqualTo("ACCEPTED");
        assertThat(reason(kit.verify(pass.token(), "OUT"))).isEqualTo("NOT_INSIDE");
        assertThat(result(kit.verify(pass.token(), "IN"))).isEqualTo("ACCEPTED");
        assertThat(kit.log.all()).hasSize(5);
    }

    @Test
    void outWithoutIn_isNotInside_andNamesTheWorker() {
        ApiResponse response = kit.verify(kit.pass("w-lee").token(), "OUT");

        assertThat(reason(response)).isEqualTo("NOT_INSIDE");
        assertThat(json(response).at("/worker/displayName").asText()).isEqualTo("이영희");
    }

    @Test
    void aPassRevokedThroughTheApi_isRefusedAtTheGate_evenForTheWorkerInside() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN");
        kit.clock.advance(Duration.ofMinutes(1));

        assertThat(revoke(pass.id(), "FAIL on re-screen").statusCode()).isEqualTo(200);
        kit.clock.advance(Duration.ofSeconds(1));

        assertThat(reason(kit.verify(pass.token(), "OUT"))).isEqualTo("REVOKED");
    }

    @Test
    void aPassOfAnotherSite_isWrongSite_andTheOtherSitesWorkerIsNotNamed() {
        IssuedPass elsewhere = kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(60)).issue();

        JsonNode body = json(kit.verify(elsewhere.token(), "IN"));

        assertThat(body.get("reason").asText()).isEqualTo("WRONG_SITE");
        assertThat(body.at("/worker/id").asText()).isEqualTo("w-park");
        assertThat(body.at("/worker").has("displayName")).isFalse();
        assertThat(kit.presence.find("other-site", "w-park")).isEmpty();
    }

    @Test
    void twentyConcurrentInScansOfOnePass_acceptExactlyOne() throws Exception {
        IssuedPass pass = kit.pass("w-kim");

        List<ApiResponse> responses = Race.run(20, i -> () -> kit.verify(pass.token(), "IN", "scan-" + i));

        assertThat(responses).extracting(VerifyRouteTest::result).filteredOn("ACCEPTED"::equals).hasSize(1);
        assertThat(responses).extracting(VerifyRouteTest::reason).filteredOn("ALREADY_INSIDE"::equals).hasSize(19);
        assertThat(kit.log.all()).hasSize(20);
        assertThat(kit.presence.moves()).isEqualTo(1);
    }

    @Test
    void theSameScanSentAgain_getsTheSameAnswer_andOneLogEntry() throws Exception {
        IssuedPass pass = kit.pass("w-kim");

        List<ApiResponse> responses = Race.run(10, i -> () -> kit.verify(pass.token(), "IN", "scan-retried"));
        kit.clock.advance(Duration.ofSeconds(30));
        responses.add(kit.verify(pass.token(), "IN", "scan-retried"));

        assertThat(responses).extracting(r -> json(r).get("logId").asText()).containsOnly(kit.log.all().get(0).id());
        assertThat(responses).extracting(VerifyRouteTest::result).containsOnly("ACCEPTED");
        assertThat(kit.log.all()).hasSize(1);
        assertThat(kit.presence.moves()).isEqualTo(1);
    }

    @Test
    void aScanIdReusedForAnotherScan_isAConflict() {
        IssuedPass pass = kit.pass("w-kim");
        kit.verify(pass.token(), "IN", "scan-1");

        ApiResponse response = kit.verify(pass.token(), "OUT", "scan-1");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
    }

    @Test
    void withoutScanId_theServerMakesOne() {
        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/verify")
                .json("{\"token\":\"" + kit.pass("w-kim").token() + "\",\"gateId\":\"GATE-1\",\"direction\":\"IN\"}")));

        assertThat(result(response)).isEqualTo("ACCEPTED");
        assertThat(json(response).get("scanId").asText()).startsWith("srv-");
    }

    @Test
    void aWorker_cannotVerify() {
        ApiResponse response = kit.send(asWorker(RestEvent.post("/v1/qr/verify")
                .json("{\"token\":\"x\",\"gateId\":\"GATE-1\",\"direction\":\"IN\"}"), "w-kim"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(kit.log.all()).isEmpty();
    }

    @Test
    void aBadRequest_namesEveryProblem_andLogsNothing() {
        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/verify")
                .json("{\"token\":\"\",\"gateId\":\"gate 1; drop\",\"direction\":\"IN\",\"scanId\":\"a b\","
                        + "\"scannedAt\":\"yesterday\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("token", "gateId", "scanId", "scannedAt");
        assertThat(kit.log.all()).isEmpty();
    }

    @Test
    void anUnknownDirection_isRefused() {
        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/verify")
                .json("{\"token\":\"t\",\"gateId\":\"GATE-1\",\"direction\":\"SIDEWAYS\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("direction");
    }

    private ApiResponse revoke(String passId, String reason) {
        return kit.send(asAdmin(RestEvent.post("/v1/qr/passes/{id}/revoke", "/v1/qr/passes/" + passId + "/revoke")
                .pathParameter("id", passId).json("{\"reason\":\"" + reason + "\",\"password\":\""
                        + QrTestKit.PASSWORD + "\"}")));
    }

    private static String result(ApiResponse response) {
        return json(response).get("result").asText();
    }

    private static String reason(ApiResponse response) {
        return Optional.ofNullable(json(response).get("reason")).map(JsonNode::asText).orElse(null);
    }
}
