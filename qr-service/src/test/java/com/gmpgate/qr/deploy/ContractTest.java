package com.gmpgate.qr.deploy;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.asWorker;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Json;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** QrFunction's replies, as the handler writes them, fit docs/openapi.yaml's schemas. */
class ContractTest {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();
    private final QrTestKit kit = new QrTestKit();

    @Test
    void verifyReplies_acceptedAndEveryKindOfRejected_fitVerifyResult() {
        IssuedPass conditional = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND", "SITE_OWN_CODE").issue();
        IssuedPass elsewhere = kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW).issue();
        IssuedPass expired = kit.passes.forWorker("w-lee").site(SITE).issuedAt(NOW.minus(Duration.ofHours(13))).issue();

        fits("VerifyResult", kit.verify(conditional.token(), "IN"));
        fits("VerifyResult", kit.verify(conditional.token(), "IN"));
        fits("VerifyResult", kit.verify("junk", "IN"));
        fits("VerifyResult", kit.verify(kit.passes.signedByAStranger(conditional), "OUT"));
        fits("VerifyResult", kit.verify(elsewhere.token(), "IN"));
        fits("VerifyResult", kit.verify(expired.token(), "OUT"));
    }

    @Test
    void passReplies_fitPassRevokedPassAndJwks() {
        IssuedPass pass = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND").issue();

        fits("Pass", kit.send(asWorker(RestEvent.get("/v1/qr/passes/current"), "w-kim")));
        fits("Jwks", kit.send(RestEvent.get("/v1/qr/keys")));
        fits("RevokedPass", kit.send(asAdmin(RestEvent.post("/v1/qr/passes/{id}/revoke",
                "/v1/qr/passes/" + pass.id() + "/revoke").pathParameter("id", pass.id())
                .json("{\"reason\":\"x\",\"password\":\"" + QrTestKit.PASSWORD + "\"}"))));
    }

    @Test
    void theRoster_andTheSignedPayloadInIt_fitGateRosterAndGateRosterPayload() throws Exception {
        kit.boundPass("w-kim");
        kit.passes.forWorker("w-lee").id(java.util.UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(60)).conditions("GLOVES_OVER_COVERED_WOUND").issue();

        ApiResponse reply = kit.send(asAdmin(RestEvent.get("/v1/qr/roster")));
        fits("GateRoster", reply);
        String payload = json(reply).get("token").asText().split("\\.")[1];
        var claims = Json.mapper().readTree(com.gmpgate.crypto.Base64Url.decode(payload));
        assertThat(claims.get("passes").findValues("jkt")).as(claims.toString()).hasSize(1);
        assertThat(CONTRACT.problems("GateRosterPayload", claims)).as(claims.toString()).isEmpty();
    }

    @Test
    void refusals_fitTheErrorEnvelope() {
        fits("Error", kit.send(asWorker(RestEvent.get("/v1/qr/roster"), "w-kim")));
        QrTestKit fresh = new QrTestKit();
        fresh.beforeTheFirstPass();
        fits("Error", fresh.send(asAdmin(RestEvent.get("/v1/qr/roster"))));
        fits("Error", kit.send(asWorker(RestEvent.get("/v1/qr/passes/current"), "w-lee")));
        fits("Error", kit.send(asAdmin(RestEvent.post("/v1/qr/verify").json("{\"token\":\"\"}"))));
        fits("Error", kit.send(asWorker(RestEvent.post("/v1/qr/verify").json("{}"), "w-kim")));
    }

    @Test
    void theCheckItself_refusesWhatDoesNotFit() throws Exception {
        assertThat(CONTRACT.problems("VerifyResult", Json.mapper().readTree(
                "{\"result\":\"MAYBE\",\"logId\":\"l\",\"scanId\":\"s\",\"at\":\"yesterday\",\"extra\":1}")))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    private static void fits(String schema, ApiResponse response) {
        assertThat(CONTRACT.problems(schema, json(response))).as(schema + ": " + response.body()).isEmpty();
    }
}
