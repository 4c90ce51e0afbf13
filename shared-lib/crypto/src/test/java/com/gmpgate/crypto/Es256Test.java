package com.gmpgate.crypto;

import static com.gmpgate.crypto.TestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Es256Test {

    private static final byte[] MESSAGE = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ3LTEifQ".getBytes(StandardCharsets.US_ASCII);
    private static final SigningKey KEY = TestKeys.key("k1");

    @Test
    void sign_producesSignatureThatVerifies() {
        byte[] signature = KEY.sign(MESSAGE);

        assertThat(signature).hasSize(64);
        assertThat(KEY.verificationKey().verify(MESSAGE, signature)).isTrue();
    }

    @Test
    void sign_isDeterministic() {
        assertThat(KEY.sign(MESSAGE)).isEqualTo(KEY.sign(MESSAGE));
    }

    /** RFC 6979 appendix A.2.5: P-256, SHA-256, message "sample" — proves HMAC-derived k, not a random one. */
    @Test
    void sign_matchesRfc6979Vector() {
        SigningKey key = SigningKey.of("rfc6979",
                hex("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"));

        byte[] signature = key.sign("sample".getBytes(StandardCharsets.US_ASCII));

        assertThat(key.verificationKey().x())
                .isEqualTo(hex("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"));
        assertThat(key.verificationKey().y())
                .isEqualTo(hex("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299"));
        assertThat(signature).isEqualTo(hex(
                "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
                        + "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"));
    }

    /** RFC 7515 appendix A.3: somebody else's ES256 JWS, so the R||S layout is the standard's. */
    @Test
    void verify_acceptsRfc7515Example() {
        VerificationKey key = VerificationKey.of("rfc7515",
                Base64Url.decode(TestKeys.RFC7515_X), Base64Url.decode(TestKeys.RFC7515_Y));
        String signingInput = "eyJhbGciOiJFUzI1NiJ9"
                + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
        byte[] signature = Base64Url.decode(
                "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");

        assertThat(key.verify(signingInput.getBytes(StandardCharsets.US_ASCII), signature)).isTrue();
        assertThat(key.verify((signingInput + "x").getBytes(StandardCharsets.US_ASCII), signature)).isFalse();
    }

    @Test
    void verify_rejectsSignature_whenMessageDiffers() {
        byte[] signature = KEY.sign(MESSAGE);
        byte[] other = MESSAGE.clone();
        other[other.length - 1] ^= 1;

        assertThat(KEY.verificationKey().verify(other, signature)).isFalse();
    }

    @Test
    void verify_rejectsSignature_whenMadeByAnotherKey() {
        byte[] signature = TestKeys.key("k2").sign(MESSAGE);

        assertThat(KEY.verificationKey().verify(MESSAGE, signature)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 32, 63, 65, 72, 128})
    void verify_rejectsSignature_whenLengthIsNot64(int length) {
        byte[] signature = KEY.sign(MESSAGE);
        byte[] resized = Arrays.copyOf(signature, length);

        assertThat(KEY.verificationKey().verify(MESSAGE, resized)).isFalse();
    }

    @Test
    void verify_rejectsDerSignature() {
        byte[] der = EcdsaDer.fromRaw(KEY.sign(MESSAGE));

        assertThat(KEY.verificationKey().verify(MESSAGE, der)).isFalse();
    }

    @Test
    void verify_rejectsNullSignature() {
        assertThat(KEY.verificationKey().verify(MESSAGE, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 31, 32, 39, 63})
    void verify_rejectsSignature_whenAnyBitFlipped(int byteIndex) {
        for (int bit = 0; bit < 8; bit++) {
            byte[] signature = KEY.sign(MESSAGE);
            signature[byteIndex] ^= (byte) (1 << bit);

            assertThat(KEY.verificationKey().verify(MESSAGE, signature)).as("bit %d", bit).isFalse();
        }
    }

    @Test
    void verify_rejectsSignature_whenRorSIsZero() {
        byte[] signature = KEY.sign(MESSAGE);
        byte[] rZero = signature.clone();
        Arrays.fill(rZero, 0, 32, (byte) 0);
        byte[] sZero = signature.clone();
        Arrays.fill(sZero, 32, 64, (byte) 0);

        assertThat(KEY.verificationKey().verify(MESSAGE, rZero)).isFalse();
        assertThat(KEY.verificationKey().verify(MESSAGE, sZero)).isFalse();
        assertThat(KEY.verificationKey().verify(MESSAGE, new byte[64])).isFalse();
    }

    /** r + n and s + n fit in 32 bytes for some signatures and are "equal mod n"; a lax verifier would take them. */
    @Test
    void verify_rejectsSignature_whenRorSIsNotBelowOrder() {
        byte[] signature = KEY.sign(MESSAGE);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] orderAsR = concat(P256.ORDER, s);
        byte[] orderAsS = concat(r, P256.ORDER);
        byte[] allOnes = new byte[64];
        Arrays.fill(allOnes, (byte) 0xff);

        assertThat(KEY.verificationKey().verify(MESSAGE, orderAsR)).isFalse();
        assertThat(KEY.verificationKey().verify(MESSAGE, orderAsS)).isFalse();
        assertThat(KEY.verificationKey().verify(MESSAGE, allOnes)).isFalse();
    }

    /**
     * ECDSA signatures are malleable: (r, n - s) verifies too. Harmless for ES256, but it means two different token
     * strings can carry one pass, so replay protection must key on {@code jti}, never on the token text.
     */
    @Test
    void verify_acceptsNegatedS_soTokenTextIsNoReplayId() {
        byte[] signature = KEY.sign(MESSAGE);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));

        assertThat(KEY.verificationKey().verify(MESSAGE, concat(r, P256.ORDER.subtract(s)))).isTrue();
    }

    @Test
    void generate_createsDistinctKeysThatSignAndVerify() {
        SecureRandom random = new SecureRandom();
        SigningKey first = SigningKey.generate("a", random);
        SigningKey second = SigningKey.generate("b", random);

        assertThat(first.verificationKey().samePoint(second.verificationKey())).isFalse();
        assertThat(first.verificationKey().verify(MESSAGE, first.sign(MESSAGE))).isTrue();
    }

    @Test
    void generate_namesKeyByThumbprint_whenNoKidGiven() {
        SigningKey key = SigningKey.generate(new SecureRandom());

        assertThat(key.kid()).isEqualTo(key.verificationKey().thumbprint()).hasSize(43);
    }

    /** The vector web-shared's gate-code test checks too: the gate compares the roster's jkt with its own digest. */
    @Test
    void thumbprint_isRfc7638_ofTheP256KeyOfRfc7517AppendixA1() {
        VerificationKey key = VerificationKey.of("a1",
                Base64Url.decodeFixed("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4", 32),
                Base64Url.decodeFixed("4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM", 32));

        assertThat(key.thumbprint()).isEqualTo("cn-I_WNMClehiVp51i_0VpOENW1upEerA8sEam5hn-s");
    }

    @Test
    void signingKey_toStringHidesPrivateScalar() {
        assertThat(KEY.toString()).isEqualTo("SigningKey[kid=k1]")
                .doesNotContain(Base64Url.encode(KEY.privateScalar()));
    }

    private static byte[] concat(BigInteger r, BigInteger s) {
        byte[] signature = new byte[64];
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, r), 0, signature, 0, 32);
        System.arraycopy(BigIntegers.asUnsignedByteArray(32, s), 0, signature, 32, 32);
        return signature;
    }
}
