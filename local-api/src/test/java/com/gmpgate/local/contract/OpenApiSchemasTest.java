package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.crypto.Jwk;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.pass.PassVerdict;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas say what they mean: their own examples fit them, broken bodies do not, and what the
 * code already produces (pass tokens, JWKS) fits the contract.
 */
class OpenApiSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ContractSchemas schemas;
    private static OpenApiDocument document;

    @BeforeAll
    static void load() {
        schemas = ContractSchemas.load();
        document = OpenApiDocument.load(OpenApiTest.SPEC);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void everySchemaExample_fitsItsSchema() {
        Map<?, ?> all = (Map<?, ?>) document.resolve("#/components/schemas").orElseThrow();
        int checked = 0;
        for (var entry : all.entrySet()) {
            if (entry.getValue() instanceof Map<?, ?> schema && schema.get("examples") instanceof List<?> examples) {
                for (Object example : examples) {
                    assertThat(schemas.problems(String.valueOf(entry.getKey()), JSON.valueToTree(example)))
                            .as(entry.getKey() + " example " + example).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyErrorResponseExample_fitsTheErrorSchema() {
        Map<?, ?> responses = (Map<?, ?>) document.resolve("#/components/responses").orElseThrow();
        List<String> checked = new ArrayList<>();
        responses.forEach((name, response) -> {
            Map<?, ?> examples = (Map<?, ?>) document.resolve(
                    "#/components/responses/" + name + "/content/application~1json/examples").orElseThrow();
            examples.forEach((exampleName, example) -> {
                JsonNode value = JSON.valueToTree(((Map<?, ?>) example).get("value"));
                assertThat(schemas.problems("Error", value)).as(name + "." + exampleName).isEmpty();
                checked.add(name + "." + exampleName);
            });
        });
        assertThat(checked).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void error_withoutRequestId_orWithALowerCaseCode_orExtraFields_isRejected() throws Exception {
        assertThat(schemas.problems("Error", json("{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"x\"}}")))
                .singleElement().asString().contains("requestId");
        assertThat(schemas.problems("Error",
                json("{\"error\":{\"code\":\"notFound\",\"message\":\"x\",\"requestId\":\"r\"}}"))).isNotEmpty();
        assertThat(schemas.problems("Error",
                json("{\"error\":{\"code\":\"X\",\"message\":\"x\",\"requestId\":\"r\",\"stack\":\"at …\"}}")))
                .isNotEmpty();
        assertThat(schemas.problems("Error", json("{\"message\":\"Forbidden\"}"))).isNotEmpty();
    }

    @Test
    void reason_needsBothLanguages_andACitationKind() throws Exception {
        String ok = """
                {"ruleId":"kr/jaundice","message":{"ko":"황달","en":"Jaundice"},
                 "citation":{"kind":"LAW","source":"식품위생법 시행규칙 제50조","verified":true}}""";
        assertThat(schemas.problems("Reason", json(ok))).isEmpty();
        assertThat(schemas.problems("Reason", json(ok.replace(",\"en\":\"Jaundice\"", "")))).isNotEmpty();
        assertThat(schemas.problems("Reason", json(ok.replace("\"LAW\"", "\"RUMOUR\"")))).isNotEmpty();
    }

    @Test
    void woundAssessment_confidenceOutsideZeroToOne_isRejected() throws Exception {
        String ok = """
                {"imageUsable":true,"woundPresent":true,"woundType":"CUT","location":"FINGER","severity":"MINOR",
                 "infectionSigns":false,"bleeding":false,"covered":true,"coverType":"WATERPROOF_DRESSING",
                 "confidence":0.92,"summary":"검지에 작은 베인 상처, 방수 밴드로 덮여 있음"}""";
        assertThat(schemas.problems("WoundAssessment", json(ok))).isEmpty();
        assertThat(schemas.problems("WoundAssessment", json(ok.replace("0.92", "1.5")))).isNotEmpty();
        assertThat(schemas.problems("WoundAssessment", json(ok.replace("\"CUT\"", "\"GASH\"")))).isNotEmpty();
    }

    @Test
    void aRealPassToken_fitsThePassSchema() throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        Instant now = Instant.parse("2026-03-02T06:00:00Z");
        PassClaims claims = new PassClaims("gmp-hygiene-gate", "u-worker1", "pass-1", "sub-1", "demo-site", now, now,
                now.plus(Duration.ofHours(12)), PassVerdict.CONDITIONAL_PASS, List.of("GLOVES_OVER_COVERED_WOUND"),
                List.of("packing"));
        String token = new PassTokenIssuer(KeyRing.of(key)).issue(claims);
        JsonNode pass = JSON.valueToTree(Map.of("id", "pass-1", "token", token, "expiresAt", "2026-03-02T18:00:00Z",
                "verdict", "CONDITIONAL_PASS", "zones", List.of("packing"), "conditions",
                List.of(Map.of("code", "GLOVES_OVER_COVERED_WOUND",
                        "message", Map.of("ko", "상처 부위를 덮고 장갑을 착용하세요", "en", "Wear gloves over the covered wound")))));
        assertThat(schemas.problems("Pass", pass)).isEmpty();
        assertThat(schemas.problems("Pass", ((com.fasterxml.jackson.databind.node.ObjectNode) pass.deepCopy())
                .put("token", token + ".extra"))).isNotEmpty();
    }

    @Test
    void passVerdicts_equalTheTokenCodecs() {
        Map<?, ?> verdict = (Map<?, ?>) document.resolve("#/components/schemas/Pass/properties/verdict").orElseThrow();
        assertThat((List<?>) verdict.get("enum")).map(String::valueOf)
                .containsExactlyElementsOf(Arrays.stream(PassVerdict.values()).map(Enum::name).toList());
    }

    @Test
    void theJwksTheCodeServes_fitsTheJwksSchema_andAPrivateKeyNeverFitsJwk() throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        JsonNode jwks = json(KeyRing.of(key).toJwks());
        assertThat(schemas.problems("Jwks", jwks)).isEmpty();
        assertThat(jwks.get("keys")).hasSize(1);
        assertThat(schemas.problems("Jwk", json(Jwk.toPrivateJson(key)))).isNotEmpty();
    }

    @Test
    void unknownSchemaName_isAnError_notAPass() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schemas.problems("Nope", JSON.nullNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
