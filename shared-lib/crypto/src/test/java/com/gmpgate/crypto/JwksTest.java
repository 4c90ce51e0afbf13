package com.gmpgate.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwksTest {

    private static final VerificationKey FIRST = TestKeys.key("2025-06-a").verificationKey();
    private static final VerificationKey SECOND = TestKeys.key("2025-06-b").verificationKey();

    @Test
    void toJson_listsEveryKeyWithoutPrivateMembers() {
        Map<String, Object> jwks = StrictJson.parseObject(Jwks.toJson(List.of(FIRST, SECOND)));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");

        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key)
                .containsOnlyKeys("kty", "crv", "kid", "use", "alg", "x", "y")
                .containsEntry("kty", "EC")
                .containsEntry("crv", "P-256")
                .containsEntry("use", "sig")
                .containsEntry("alg", "ES256"));
    }

    @Test
    void parse_undoesToJson() {
        assertThat(Jwks.parse(Jwks.toJson(List.of(FIRST, SECOND)))).containsExactly(FIRST, SECOND);
    }

    @Test
    void parse_skipsKeys_whenTypeIsNotUnderstood() {
        String json = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"r\",\"n\":\"AQAB\",\"e\":\"AQAB\"},"
                + "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AA\"}," + Jwk.toJson(FIRST) + "]}";

        assertThat(Jwks.parse(json)).containsExactly(FIRST);
    }

    @Test
    void parse_rejectsSet_whenKidRepeats() {
        String json = "{\"keys\":[" + Jwk.toJson(FIRST) + "," + Jwk.toJson(SECOND.withKid(FIRST.kid())) + "]}";

        assertThatThrownBy(() -> Jwks.parse(json)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parse_rejectsSet_whenAKeyIsPrivate() {
        String json = "{\"keys\":[" + Jwk.toPrivateJson(TestKeys.key("k")) + "]}";

        assertThatThrownBy(() -> Jwks.parse(json)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parse_rejectsSet_whenNotAJwks() {
        assertThatThrownBy(() -> Jwks.parse("{}")).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> Jwks.parse("{\"keys\":{}}")).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> Jwks.parse("{\"keys\":[1]}")).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> Jwks.parse("not json")).isInstanceOf(KeyFormatException.class);
    }
}
