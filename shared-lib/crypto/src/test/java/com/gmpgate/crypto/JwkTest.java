package com.gmpgate.crypto;

import static com.gmpgate.crypto.TestKeys.RFC7515_D;
import static com.gmpgate.crypto.TestKeys.RFC7515_X;
import static com.gmpgate.crypto.TestKeys.RFC7515_Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwkTest {

    private static final String RFC7515_PRIVATE = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"rfc\",\"x\":\"" + RFC7515_X
            + "\",\"y\":\"" + RFC7515_Y + "\",\"d\":\"" + RFC7515_D + "\"}";

    @Test
    void toJson_writesPublicMembersOnly() {
        SigningKey key = SigningKey.of("rfc", Base64Url.decode(RFC7515_D));

        assertThat(Jwk.toJson(key.verificationKey())).isEqualTo(
                "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"rfc\",\"use\":\"sig\",\"alg\":\"ES256\",\"x\":\""
                        + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}");
    }

    @Test
    void parseSigningKey_readsRfc7515Key() {
        SigningKey key = Jwk.parseSigningKey(RFC7515_PRIVATE);

        assertThat(key.kid()).isEqualTo("rfc");
        assertThat(Base64Url.encode(key.verificationKey().x())).isEqualTo(RFC7515_X);
        assertThat(Base64Url.encode(key.privateScalar())).isEqualTo(RFC7515_D);
    }

    @Test
    void privateJwk_roundTrips() {
        SigningKey key = TestKeys.key("k1");

        SigningKey back = Jwk.parseSigningKey(Jwk.toPrivateJson(key));

        assertThat(back.privateScalar()).isEqualTo(key.privateScalar());
        assertThat(back.verificationKey()).isEqualTo(key.verificationKey());
    }

    @Test
    void publicJwk_roundTrips() {
        VerificationKey key = TestKeys.key("k1").verificationKey();

        assertThat(Jwk.parseVerificationKey(Jwk.toJson(key))).isEqualTo(key);
    }

    @Test
    void toJson_padsCoordinatesTo32Bytes_whenLeadingByteIsZero() {
        SigningKey key = keyWithLeadingZeroX();

        Map<String, Object> jwk = StrictJson.parseObject(Jwk.toPrivateJson(key));

        assertThat((String) jwk.get("x")).hasSize(43);
        assertThat(Base64Url.decode((String) jwk.get("x"))).hasSize(32).startsWith(0);
        assertThat(Jwk.parseSigningKey(Jwk.toPrivateJson(key)).verificationKey()).isEqualTo(key.verificationKey());
    }

    @Test
    void parseVerificationKey_rejectsPoint_whenNotOnCurve() {
        // RFC 7515's y with its last bit flipped: a field element, but (x, y) is off P-256.
        String offCurve = publicJwk(RFC7515_X, "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5aw");

        assertThatThrownBy(() -> Jwk.parseVerificationKey(offCurve))
                .isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("not on P-256");
    }

    @Test
    void parseVerificationKey_rejectsPoint_whenCoordinateIsNotAFieldElement() {
        String allOnes = Base64Url.encode(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
            -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1});

        assertThatThrownBy(() -> Jwk.parseVerificationKey(publicJwk(allOnes, RFC7515_Y)))
                .isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parseVerificationKey_rejectsInfinityEncodedAsZeros() {
        String zero = Base64Url.encode(new byte[32]);

        assertThatThrownBy(() -> Jwk.parseVerificationKey(publicJwk(zero, zero)))
                .isInstanceOf(KeyFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 31 bytes: leading zero stripped, which RFC 7518 §6.2.1.2 forbids
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-384\",\"kid\":\"k\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"RSA\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"alg\":\"ES384\",\"x\":\"" + RFC7515_X + "\",\"y\":\""
                + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"use\":\"enc\",\"x\":\"" + RFC7515_X + "\",\"y\":\""
                + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + RFC7515_X + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + RFC7515_X + "=\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y
                + "\",\"x\":\"" + RFC7515_X + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\\\"\",\"x\":\"" + RFC7515_X + "\",\"y\":\"" + RFC7515_Y + "\"}",
        "[]",
    })
    void parseVerificationKey_rejectsJwk_whenNotAnEs256PublicKey(String json) {
        assertThatThrownBy(() -> Jwk.parseVerificationKey(json)).isInstanceOf(KeyFormatException.class);
    }

    @Test
    void parseVerificationKey_rejectsJwk_whenItCarriesPrivateKey() {
        assertThatThrownBy(() -> Jwk.parseVerificationKey(RFC7515_PRIVATE))
                .isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("private");
    }

    @Test
    void parseSigningKey_rejectsJwk_whenPublicPointIsNotOfD() {
        String mismatched = Jwk.toPrivateJson(TestKeys.key("a"))
                .replace(Base64Url.encode(TestKeys.key("a").privateScalar()),
                        Base64Url.encode(TestKeys.key("b").privateScalar()));

        assertThatThrownBy(() -> Jwk.parseSigningKey(mismatched))
                .isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("public point of d");
    }

    @Test
    void parseSigningKey_rejectsD_whenZeroOrNotBelowOrder() {
        byte[] order = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, P256.ORDER);

        assertThatThrownBy(() -> SigningKey.of("k", new byte[32])).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> SigningKey.of("k", order)).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> SigningKey.of("k", new byte[31])).isInstanceOf(KeyFormatException.class);
    }

    private static String publicJwk(String x, String y) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}";
    }

    /** About one scalar in 256 gives an x below 2^248; walk d = 1, 2, 3, ... to find one deterministically. */
    private static SigningKey keyWithLeadingZeroX() {
        for (int d = 1; ; d++) {
            SigningKey key = SigningKey.of("lz", org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32,
                    BigInteger.valueOf(d)));
            if (key.verificationKey().x()[0] == 0) {
                return key;
            }
        }
    }
}
