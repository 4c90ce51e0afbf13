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
import com.gmpgate.api.Json;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.qr.QrTestKit;
import com.gmpgate.qr.image.QrImagesTest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
            QrApiHandler keyless = new QrApiHandler(null, null, null, Optional::empty,
                    com.gmpgate.api.ClientAddress.SOURCE_IP, kit.clock, CorsPolicy.none());

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
            // the first revocation and its signature stand; the second signs nothing
            assertThat(json(again).has("signature")).isFalse();
            JsonNode unsigned = ((com.fasterxml.jackson.databind.node.ObjectNode) body.deepCopy()).without("signature");
            assertThat(unsigned).isEqualTo(json(again));
            assertThat(kit.audit.all()).hasSize(1);
        }

        @Test
        void aRevocation_isSigned_bindingTheRevokedPassRecord_andKeptInTheAuditTrail() {
            IssuedPass pass = kit.pass("w-kim");

            JsonNode signature = json(revoke(pass.id(), "손 상처 화농 확인")).get("signature");

            Pass stored = kit.passStore.findById(pass.id()).orElseThrow();
            assertThat(signature.get("signerId").asText()).isEqualTo(QrTestKit.ADMIN);
            assertThat(signature.get("signerName").asText()).isEqualTo("경비 최");
            assertThat(signature.get("signedAt").asText()).isEqualTo(NOW.toString());
            assertThat(signature.get("meaning").asText()).isEqualTo("PASS_REVOCATION");
            assertThat(signature.at("/meaningText/ko").asText()).isEqualTo("출입증 취소");
            assertThat(signature.get("recordType").asText()).isEqualTo(SignedGateRecords.PASS_REVOCATION);
            assertThat(signature.get("recordId").asText()).isEqualTo(pass.id());
            assertThat(signature.get("recordHash").asText()).isEqualTo(SignedGateRecords.recordHash(stored));
            AuditEntry entry = kit.audit.all().get(0);
            assertThat(entry.action()).isEqualTo(AuditAction.PASS_REVOKED);
            assertThat(entry.actorId()).isEqualTo(QrTestKit.ADMIN);
            assertThat(entry.targetId()).isEqualTo(pass.id());
            ElectronicSignature kept = entry.signature().orElseThrow();
            assertThat(kept.hash()).isEqualTo(signature.get("hash").asText());
            assertThat(kept.verifies(SignedGateRecords.recordHash(stored))).isTrue();
            // a reason edited on the pass record afterwards no longer matches what was signed
            Pass edited = new Pass(stored.id(), stored.siteId(), stored.workerId(), stored.submissionId(),
                    stored.verdict(), stored.conditions(), stored.zones(), stored.token(), stored.issuedAt(),
                    stored.expiresAt(), stored.revokedAt(), Optional.of("다른 사유"));
            assertThat(kept.verifies(SignedGateRecords.recordHash(edited))).isFalse();
        }

        @Test
        void aRevocation_withoutTheAdminsPassword_isRefused_andRevokesNothing() {
            IssuedPass pass = kit.pass("w-kim");

            ApiResponse none = kit.send(asAdmin(RestEvent.post("/v1/qr/passes/{id}/revoke",
                    "/v1/qr/passes/" + pass.id() + "/revoke").pathParameter("id", pass.id())
                    .json("{\"reason\":\"x\"}")));
            ApiResponse wrong = kit.send(asAdmin(revokeEvent(pass.id(), "x", "not-the-password")));

            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(json(none).at("/error/details/0/field").asText()).isEqualTo("password");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(json(wrong).at("/error/details/0/code").asText()).isEqualTo("WRONG_PASSWORD");
            assertThat(kit.passStore.findById(pass.id()).orElseThrow().revokedAt()).isEmpty();
            assertThat(kit.audit.all()).isEmpty();
        }

        @Test
        void wrongPasswords_countTowardTheLoginLock() {
            IssuedPass pass = kit.pass("w-kim");

            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(kit.send(asAdmin(revokeEvent(pass.id(), "x", "wrong-" + i))).statusCode());
            }
            ApiResponse right = revoke(pass.id(), "x");

            assertThat(statuses).containsExactly(400, 400, 400, 400, 429, 429);
            assertThat(right.statusCode()).as("locked even with the right password").isEqualTo(429);
            assertThat(json(right).at("/error/code").asText()).isEqualTo("ACCOUNT_LOCKED");
            assertThat(right.headers()).containsKey("Retry-After");
            assertThat(kit.passStore.findById(pass.id()).orElseThrow().revokedAt()).isEmpty();
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
                    "/v1/qr/passes/p/revoke").pathParameter("id", "p")
                    .json("{\"reason\":\"  \",\"password\":\"" + QrTestKit.PASSWORD + "\"}")));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("reason");
        }

        private ApiResponse revoke(String passId, String reason) {
            return kit.send(asAdmin(revokeEvent(passId, reason)));
        }

        private RestEvent revokeEvent(String passId, String reason) {
            return revokeEvent(passId, reason, QrTestKit.PASSWORD);
        }

        private RestEvent revokeEvent(String passId, String reason, String password) {
            return RestEvent.post("/v1/qr/passes/{id}/revoke", "/v1/qr/passes/" + passId + "/revoke")
                    .pathParameter("id", passId).json(Json.write(Map.of("reason", reason, "password", password)));
        }
    }
}
