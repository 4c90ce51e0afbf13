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
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import com.gmpgate.qr.image.QrImagesTest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pass routes of QrFunction: the current pass, its QR image, the JWKS, revocation. */
class PassRoutesTest {

    private final QrTestKit kit = new QrTestKit();

    @Nested
    class CurrentPass {

        @Test
        void theWorkerGetsTheirNewestValidPass_withConditionsInBothLanguages() {
            kit.pass("w-kim");
            IssuedPass newer = kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                    .conditions("GLOVES_OVER_COVERED_WOUND").zones("PACKING").issue();

            ApiResponse response = current("w-kim");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("id").asText()).isEqualTo(newer.id());
            assertThat(body.get("token").asText()).isEqualTo(newer.token());
            assertThat(body.get("expiresAt").asText()).isEqualTo(newer.pass().expiresAt().toString());
            assertThat(body.get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
            assertThat(body.at("/conditions/0/code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
            assertThat(body.at("/conditions/0/message/ko").asText()).isNotBlank();
            assertThat(body.at("/zones/0").asText()).isEqualTo("PACKING");
            assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
        }

        @Test
        void theConditions_areInTheWordsOfThePassesOwnRulePack() {
            RulePack us = RulePacks.shipped().get("us-fda-food-code");
            kit.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                    .conditions(us, "GLOVES_OVER_COVERED_WOUND").issue();

            JsonNode body = json(current("w-kim"));

            LocalizedText usWords = us.conditions().get("GLOVES_OVER_COVERED_WOUND").message();
            assertThat(body.at("/conditions/0/message/ko").asText()).isEqualTo(usWords.ko());
            assertThat(body.at("/conditions/0/message/en").asText()).isEqualTo(usWords.en())
                    .isNotEqualTo(RulePacks.shipped().defaultPack().conditions().get("GLOVES_OVER_COVERED_WOUND")
                            .message().en());
        }

        @Test
        void noPass_revokedOrExpired_is404NoCurrentPass() {
            assertThat(json(current("w-kim")).at("/error/code").asText()).isEqualTo("NO_CURRENT_PASS");

            IssuedPass pass = kit.pass("w-kim");
            kit.passStore.revoke(pass.id(), "FAIL", NOW);
            assertThat(current("w-kim").statusCode()).isEqualTo(404);

            kit.pass("w-lee");
            kit.clock.advance(Duration.ofHours(12));
            assertThat(current("w-lee").statusCode()).isEqualTo(404);
        }

        @Test
        void isForWorkers() {
            assertThat(kit.send(asAdmin(RestEvent.get("/v1/qr/passes/current"))).statusCode()).isEqualTo(403);
        }

        private ApiResponse current(String workerId) {
            return kit.send(asWorker(RestEvent.get("/v1/qr/passes/current"), workerId));
        }
    }

    @Nested
    class Image {

        @Test
        void theOwnerGetsAPng_base64ForApiGateway_thatDecodesToTheToken() throws Exception {
            IssuedPass pass = kit.pass("w-kim");

            ApiResponse response = kit.send(asWorker(image(pass.id()).query("format", "png"), "w-kim"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers()).containsEntry("Content-Type", "image/png")
                    .containsEntry("Cache-Control", "no-store");
            assertThat(response.isBase64Encoded()).isTrue();
            assertThat(QrImagesTest.decodePng(Base64.getDecoder().decode(response.body()))).isEqualTo(pass.token());
        }

        @Test
        void pngIsTheDefault_andSvgIsText_thatDecodesToTheToken() throws Exception {
            IssuedPass pass = kit.pass("w-kim");

            assertThat(kit.send(asWorker(image(pass.id()), "w-kim")).headers()).containsEntry("Content-Type", "image/png");
            ApiResponse svg = kit.send(asAdmin(image(pass.id()).query("format", "svg").query("size", "256")));

            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers()).containsEntry("Content-Type", "image/svg+xml; charset=utf-8")
                    .containsEntry("Cache-Control", "no-store")
                    .containsEntry("Content-Security-Policy", QrApiHandler.SVG_POLICY);
            assertThat(svg.isBase64Encoded()).isFalse();
            assertThat(svg.body()).contains("width=\"256\"");
            assertThat(QrImagesTest.decodeSvg(svg.body())).isEqualTo(pass.token());
        }

        @Test
        void anotherWorker_orAnAdminOfAnotherSite_findsNoSuchPass() {
            IssuedPass pass = kit.pass("w-kim");

            ApiResponse otherWorker = kit.send(asWorker(image(pass.id()), "w-lee"));
            ApiResponse otherSite = kit.send(image(pass.id()).caller(QrTestKit.OTHER_ADMIN, "ADMIN", "other-site"));
            ApiResponse none = kit.send(asWorker(image("pass-nope"), "w-kim"));

            assertThat(otherWorker.statusCode()).isEqualTo(404);
            assertThat(otherSite.statusCode()).isEqualTo(404);
            assertThat(otherWorker.body()).isEqualTo(none.body().replace(requestId(none), requestId(otherWorker)));
        }

        @Test
        void aRevokedOrExpiredPass_isNotDrawn() {
            IssuedPass revoked = kit.pass("w-kim");
            kit.passStore.revoke(revoked.id(), "admin", NOW);
            IssuedPass expiring = kit.pass("w-lee");

            assertThat(json(kit.send(asWorker(image(revoked.id()), "w-kim"))).at("/error/code").asText())
                    .isEqualTo("PASS_REVOKED");
            kit.clock.advance(Duration.ofHours(12));
            ApiResponse expired = kit.send(asWorker(image(expiring.id()), "w-lee"));
            assertThat(expired.statusCode()).isEqualTo(410);
            assertThat(json(expired).at("/error/code").asText()).isEqualTo("PASS_EXPIRED");
        }

        @Test
        void formatAndSize_areBounded() {
            IssuedPass pass = kit.pass("w-kim");

            for (String size : new String[] {"127", "1025", "big", "-1"}) {
                ApiResponse response = kit.send(asWorker(image(pass.id()).query("size", size), "w-kim"));
                assertThat(response.statusCode()).as(size).isEqualTo(400);
                assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("size");
            }
            ApiResponse gif = kit.send(asWorker(image(pass.id()).query("format", "gif"), "w-kim"));
            assertThat(json(gif).at("/error/details/0/field").asText()).isEqualTo("format");
            assertThat(kit.send(asWorker(image(pass.id()).query("size", "128"), "w-kim")).statusCode()).isEqualTo(200);
            assertThat(kit.send(asWorker(image(pass.id()).query("size", "1024"), "w-kim")).statusCode()).isEqualTo(200);
        }

        private RestEvent image(String passId) {
            return RestEvent.get("/v1/qr/passes/{id}/image", "/v1/qr/passes/" + passId + "/image")
                    .pathParameter("id", passId);
        }

        private String requestId(ApiResponse response) {
            return json(response).at("/error/requestId").asText();
        }
    }

    @Nested
    class Keys {

        @Test
        void arePublic_cacheable_andOnlyPublicKeys() {
            ApiResponse response = kit.send(RestEvent.get("/v1/qr/keys").header("x-api-key", "local-dev-key"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers()).containsEntry("Cache-Control", "public, max-age=300");
            JsonNode key = json(response).at("/keys/0");
            assertThat(key.get("kid").asText()).isEqualTo(kit.passes.ring().verificationKeys().get(0).kid());
            assertThat(key.get("kty").asText()).isEqualTo("EC");
            assertThat(key.get("crv").asText()).isEqualTo("P-256");
            assertThat(key.has("d")).isFalse();
            assertThat(json(response).get("keys")).hasSize(1);
        }

        @Test
        void beforeAnyPassIsSigned_theSetIsEmpty() throws Exception {
            QrApiHandler keyless = new QrApiHandler(null, null, null, Optional::empty, kit.clock, CorsPolicy.none());

            ApiResponse response = keyless.dispatcher().handle(RestEvent.get("/v1/qr/keys").bytes(), kit.context);

            assertThat(response.body()).isEqualTo("{\"keys\":[]}");
        }
    }

    @Nested
    class Revoke {

        @Test
        void anAdminRevokesAPassOfTheirSite_once() {
            IssuedPass pass = kit.pass("w-kim");

            ApiResponse first = revoke(pass.id(), "손 상처 화농 확인");
            kit.clock.advance(Duration.ofMinutes(1));
            ApiResponse again = revoke(pass.id(), "another reason");

            assertThat(first.statusCode()).isEqualTo(200);
            JsonNode body = json(first);
            assertThat(body.get("id").asText()).isEqualTo(pass.id());
            assertThat(body.get("workerId").asText()).isEqualTo("w-kim");
            assertThat(body.get("revokedAt").asText()).isEqualTo(NOW.toString());
            assertThat(body.get("revokedReason").asText()).isEqualTo("손 상처 화농 확인");
            assertThat(body.has("token")).isFalse();
            assertThat(json(again)).isEqualTo(body);
        }

        @Test
        void aPassOfAnotherSite_isNotFound_andAWorkerMayNotRevoke() {
            IssuedPass elsewhere = kit.passes.forWorker("w-park").site("other-site").issuedAt(NOW).issue();
            IssuedPass own = kit.pass("w-kim");

            assertThat(revoke(elsewhere.id(), "x").statusCode()).isEqualTo(404);
            assertThat(kit.send(asWorker(revokeEvent(own.id(), "x"), "w-kim")).statusCode()).isEqualTo(403);
            assertThat(kit.passStore.findById(elsewhere.id()).orElseThrow().revokedAt()).isEmpty();
            assertThat(kit.passStore.findById(own.id()).orElseThrow().revokedAt()).isEmpty();
        }

        @Test
        void needsAReason() {
            ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/qr/passes/{id}/revoke",
                    "/v1/qr/passes/p/revoke").pathParameter("id", "p").json("{\"reason\":\"  \"}")));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("reason");
        }

        private ApiResponse revoke(String passId, String reason) {
            return kit.send(asAdmin(revokeEvent(passId, reason)));
        }

        private RestEvent revokeEvent(String passId, String reason) {
            return RestEvent.post("/v1/qr/passes/{id}/revoke", "/v1/qr/passes/" + passId + "/revoke")
                    .pathParameter("id", passId).json("{\"reason\":\"" + reason + "\"}");
        }
    }
}
