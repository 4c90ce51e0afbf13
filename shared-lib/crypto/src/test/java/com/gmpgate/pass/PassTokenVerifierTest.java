package com.gmpgate.pass;

import static com.gmpgate.pass.PassClaimsBuilder.aPass;
import static com.gmpgate.pass.PassFixtures.CLOCK;
import static com.gmpgate.pass.PassFixtures.ISSUER;
import static com.gmpgate.pass.PassFixtures.SITE;
import static com.gmpgate.pass.PassFixtures.b64;
import static com.gmpgate.pass.PassFixtures.forge;
import static com.gmpgate.pass.PassFixtures.header;
import static com.gmpgate.pass.PassFixtures.key;
import static com.gmpgate.pass.PassFixtures.part;
import static com.gmpgate.pass.PassFixtures.withSignature;
import static com.gmpgate.pass.PassRejectionReason.EXPIRED;
import static com.gmpgate.pass.PassRejectionReason.INVALID_SIGNATURE;
import static com.gmpgate.pass.PassRejectionReason.MALFORMED;
import static com.gmpgate.pass.PassRejectionReason.NOT_YET_VALID;
import static com.gmpgate.pass.PassRejectionReason.WRONG_SITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.EcdsaDer;
import com.gmpgate.crypto.Jwk;
import com.gmpgate.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassTokenVerifierTest {

    private static final SigningKey KEY = key("pass-2025-06");
    private static final KeyRing RING = KeyRing.of(KEY);
    private static final PassClaims CLAIMS = aPass().build();
    private static final String TOKEN = new PassTokenIssuer(RING).issue(CLAIMS);

    private final PassTokenVerifier verifier = new PassTokenVerifier(RING, ISSUER, CLOCK);

    private PassVerificationResult verify(String token) {
        return verifier.verify(token, SITE);
    }

    private static PassVerificationResult.Rejected rejected(PassRejectionReason reason) {
        return new PassVerificationResult.Rejected(reason, Optional.empty());
    }

    private static PassVerificationResult.Rejected rejectedWithClaims(PassRejectionReason reason, PassClaims claims) {
        return new PassVerificationResult.Rejected(reason, Optional.of(claims));
    }

    /** The claims of {@link #CLAIMS} as raw JSON values, in issue order, for tests that remove or retype one. */
    private static Map<String, String> rawClaims() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("iss", "\"" + ISSUER + "\"");
        raw.put("sub", "\"w-1001\"");
        raw.put("jti", "\"p-7f3a\"");
        raw.put("sid", "\"s-42\"");
        raw.put("site", "\"" + SITE + "\"");
        raw.put("iat", "1748842200");
        raw.put("nbf", "1748842200");
        raw.put("exp", "1748885400");
        raw.put("v", "\"PASS\"");
        raw.put("cnd", "[]");
        raw.put("zones", "[\"production-a\",\"packing\"]");
        return raw;
    }

    private static String json(Map<String, String> raw) {
        return raw.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Signed with the ring's own key: only the content can be wrong. */
    private static String signedClaims(Map<String, String> raw) {
        return forge(header(KEY.kid()), json(raw), KEY);
    }

    @Test
    void verify_acceptsToken_whenEverythingChecksOut() {
        assertThat(verify(TOKEN)).isEqualTo(new PassVerificationResult.Valid(CLAIMS));
    }

    @Test
    void verify_ignoresUnknownClaims() {
        Map<String, String> raw = rawClaims();
        raw.put("future", "{\"x\":[1,2]}");

        assertThat(verify(signedClaims(raw)).isValid()).isTrue();
    }

    private static final String JKT = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

    @Test
    void aBoundPass_carriesCnfJkt_andVerifiesBackToIt() {
        PassClaims bound = new PassClaims(CLAIMS.issuer(), CLAIMS.workerId(), CLAIMS.passId(), CLAIMS.submissionId(),
                CLAIMS.siteId(), CLAIMS.issuedAt(), CLAIMS.notBefore(), CLAIMS.expiresAt(), CLAIMS.verdict(),
                CLAIMS.conditions(), CLAIMS.zones(), Optional.of(JKT));
        String token = new PassTokenIssuer(RING).issue(bound);

        assertThat(new String(Base64Url.decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .contains("\"cnf\":{\"jkt\":\"" + JKT + "\"}");
        assertThat(verify(token)).isEqualTo(new PassVerificationResult.Valid(bound));
        assertThat(verify(TOKEN)).isEqualTo(new PassVerificationResult.Valid(CLAIMS));
        assertThat(CLAIMS.deviceThumbprint()).isEmpty();
    }

    /** cnf is ours only as exactly {"jkt": thumbprint}: another confirmation method is not read as a binding. */
    @ParameterizedTest
    @ValueSource(strings = {"\"" + JKT + "\"", "{}", "{\"jkt\":1}", "{\"jwk\":{\"kty\":\"EC\"}}",
            "{\"jkt\":\"" + JKT + "\",\"kid\":\"x\"}", "{\"jkt\":\"too-short\"}", "null"})
    void verify_rejectsToken_whenCnfIsNotExactlyAJkt(String cnf) {
        Map<String, String> raw = rawClaims();
        raw.put("cnf", cnf);

        assertThat(verify(signedClaims(raw))).isEqualTo(rejected(MALFORMED));
    }

    @Test
    void verify_rejectsToken_whenForAnotherSite_andSaysWhosePassItIs() {
        assertThat(verifier.verify(TOKEN, "other-site")).isEqualTo(rejectedWithClaims(WRONG_SITE, CLAIMS));
    }

    @Test
    void verify_rejectsToken_whenIssuerDiffers_asInvalidSignature() {
        PassTokenVerifier otherIssuer = new PassTokenVerifier(RING, "https://other.example.com/qr", CLOCK);

        assertThat(otherIssuer.verify(TOKEN, SITE)).isEqualTo(rejected(INVALID_SIGNATURE));
    }

    @Nested
    class Time {

        private final Instant exp = CLAIMS.expiresAt();
        private final Instant nbf = CLAIMS.notBefore();
        private final Duration leeway = PassTokenVerifier.DEFAULT_LEEWAY;

        @Test
        void verify_rejectsToken_whenExpired() {
            assertThat(verifier.verify(TOKEN, SITE, exp.plus(Duration.ofHours(1))))
                    .isEqualTo(rejectedWithClaims(EXPIRED, CLAIMS));
        }

        @Test
        void verify_rejectsToken_whenExactlyAtExpiryPlusLeeway() {
            assertThat(verifier.verify(TOKEN, SITE, exp.plus(leeway))).isEqualTo(rejectedWithClaims(EXPIRED, CLAIMS));
        }

        @Test
        void verify_acceptsToken_whenJustBeforeExpiryPlusLeeway() {
            assertThat(verifier.verify(TOKEN, SITE, exp.plus(leeway).minusNanos(1)).isValid()).isTrue();
            assertThat(verifier.verify(TOKEN, SITE, exp).isValid()).isTrue();
        }

        @Test
        void verify_rejectsToken_whenNotYetValid() {
            assertThat(verifier.verify(TOKEN, SITE, nbf.minus(Duration.ofHours(1))))
                    .isEqualTo(rejectedWithClaims(NOT_YET_VALID, CLAIMS));
        }

        @Test
        void verify_rejectsToken_whenJustBeforeNotBeforeMinusLeeway() {
            assertThat(verifier.verify(TOKEN, SITE, nbf.minus(leeway).minusNanos(1)))
                    .isEqualTo(rejectedWithClaims(NOT_YET_VALID, CLAIMS));
        }

        @Test
        void verify_acceptsToken_whenExactlyAtNotBeforeMinusLeeway() {
            assertThat(verifier.verify(TOKEN, SITE, nbf.minus(leeway)).isValid()).isTrue();
        }

        @Test
        void verify_appliesConfiguredLeeway() {
            PassTokenVerifier strict = new PassTokenVerifier(RING, ISSUER, CLOCK, Duration.ZERO);

            assertThat(strict.verify(TOKEN, SITE, exp)).isEqualTo(rejectedWithClaims(EXPIRED, CLAIMS));
            assertThat(strict.verify(TOKEN, SITE, exp.minusSeconds(1)).isValid()).isTrue();
            assertThat(strict.verify(TOKEN, SITE, nbf.minusSeconds(1)))
                    .isEqualTo(rejectedWithClaims(NOT_YET_VALID, CLAIMS));
            assertThat(strict.verify(TOKEN, SITE, nbf).isValid()).isTrue();
        }

        @Test
        void verify_usesClock_whenNoInstantGiven() {
            Clock late = Clock.fixed(exp.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

            assertThat(new PassTokenVerifier(RING, ISSUER, late).verify(TOKEN, SITE)).isEqualTo(rejectedWithClaims(EXPIRED, CLAIMS));
        }

        @Test
        void verify_checksTimeBeforeSite() {
            assertThat(verifier.verify(TOKEN, "other-site", exp.plus(leeway)))
                    .isEqualTo(rejectedWithClaims(EXPIRED, CLAIMS));
        }
    }

    @Nested
    class Header {

        @Test
        void verify_rejectsToken_whenAlgIsNone() {
            String payload = part(TOKEN, 1);
            String none = "{\"alg\":\"none\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"" + KEY.kid() + "\"}";

            assertThat(verify(b64(none) + "." + payload + ".")).isEqualTo(rejected(INVALID_SIGNATURE));
            assertThat(verify(b64(none) + "." + payload + "." + part(TOKEN, 2))).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        /** The classic confusion: the verifier's public key, in whatever form is handy, used as an HMAC secret. */
        @Test
        void verify_rejectsToken_whenHs256SignedWithPublicKeyAsSecret() throws GeneralSecurityException {
            var publicKey = KEY.verificationKey();
            byte[] uncompressed = new byte[65];
            uncompressed[0] = 4;
            System.arraycopy(publicKey.x(), 0, uncompressed, 1, 32);
            System.arraycopy(publicKey.y(), 0, uncompressed, 33, 32);
            List<byte[]> secrets = List.of(
                    Jwk.toJson(publicKey).getBytes(StandardCharsets.UTF_8),
                    RING.toJwks().getBytes(StandardCharsets.UTF_8),
                    publicKey.toJdk().getEncoded(),
                    uncompressed);

            for (byte[] secret : secrets) {
                String hs256 = "{\"alg\":\"HS256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"" + KEY.kid() + "\"}";
                String signingInput = b64(hs256) + "." + part(TOKEN, 1);
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                byte[] tag = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));

                assertThat(verify(signingInput + "." + Base64Url.encode(tag))).isEqualTo(rejected(INVALID_SIGNATURE));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"alg\":\"RS256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":\"ES384\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":\"es256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":[\"ES256\"],\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}",
            "{\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":\"ES256\",\"kid\":\"pass-2025-06\"}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\"}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"unknown\"}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":7}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":null}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\",\"crit\":[\"exp\"]}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\",\"jku\":\"https://evil.example/k\"}",
            "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\",\"b64\":false}",
        })
        void verify_rejectsToken_whenHeaderIsNotPinnedOne(String header) {
            // Signed with the ring's own key: the header alone must sink it.
            String token = forge(header, PassTokenFormat.claims(CLAIMS), KEY);

            assertThat(verify(token)).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        /** An attacker embedding their own key in the header must not get it trusted. */
        @Test
        void verify_rejectsToken_whenHeaderEmbedsAttackersKey() {
            SigningKey attacker = key("attacker");
            String header = "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\",\"jwk\":"
                    + Jwk.toJson(attacker.verificationKey().withKid(KEY.kid())) + "}";

            assertThat(verify(forge(header, PassTokenFormat.claims(CLAIMS), attacker)))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }
    }

    @Nested
    class Signature {

        @Test
        void verify_rejectsToken_whenSignedByAnotherKeyUnderTheSameKid() {
            String token = forge(header(KEY.kid()), PassTokenFormat.claims(CLAIMS), key("impostor"));

            assertThat(verify(token)).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSignedByAKeyOutsideTheRing() {
            SigningKey stranger = key("stranger");

            assertThat(verify(new PassTokenIssuer(KeyRing.of(stranger)).issue(CLAIMS)))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSiteEditedAfterSigning() {
            String edited = PassTokenFormat.claims(CLAIMS).replace("\"demo-site\"", "\"other-site\"");
            String token = part(TOKEN, 0) + "." + b64(edited) + "." + part(TOKEN, 2);

            assertThat(new PassTokenVerifier(RING, ISSUER, CLOCK).verify(token, "other-site"))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenExpiryEditedAfterSigning() {
            String edited = PassTokenFormat.claims(CLAIMS).replace("\"exp\":1748885400", "\"exp\":1780421400");
            String token = part(TOKEN, 0) + "." + b64(edited) + "." + part(TOKEN, 2);

            assertThat(verifier.verify(token, SITE, CLAIMS.expiresAt().plus(Duration.ofDays(1))))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenKidSwitchedToAnotherKeyOfTheRing() {
            SigningKey other = key("pass-2025-05");
            KeyRing ring = KeyRing.of(KEY, List.of(other.verificationKey()));
            String token = b64(header(other.kid())) + "." + part(TOKEN, 1) + "." + part(TOKEN, 2);

            assertThat(new PassTokenVerifier(ring, ISSUER, CLOCK).verify(token, SITE))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSignatureTruncated() {
            byte[] signature = Base64Url.decode(part(TOKEN, 2));

            assertThat(verify(withSignature(TOKEN, Arrays.copyOf(signature, 63)))).isEqualTo(rejected(INVALID_SIGNATURE));
            assertThat(verify(withSignature(TOKEN, new byte[0]))).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSignatureHasExtraBytes() {
            byte[] signature = Base64Url.decode(part(TOKEN, 2));

            assertThat(verify(withSignature(TOKEN, Arrays.copyOf(signature, 65)))).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSignatureHighBitFlipped() {
            byte[] r = Base64Url.decode(part(TOKEN, 2));
            r[0] ^= (byte) 0x80;
            byte[] s = Base64Url.decode(part(TOKEN, 2));
            s[32] ^= (byte) 0x80;

            assertThat(verify(withSignature(TOKEN, r))).isEqualTo(rejected(INVALID_SIGNATURE));
            assertThat(verify(withSignature(TOKEN, s))).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenRorSIsZero() {
            byte[] rZero = Base64Url.decode(part(TOKEN, 2));
            Arrays.fill(rZero, 0, 32, (byte) 0);
            byte[] sZero = Base64Url.decode(part(TOKEN, 2));
            Arrays.fill(sZero, 32, 64, (byte) 0);

            assertThat(verify(withSignature(TOKEN, rZero))).isEqualTo(rejected(INVALID_SIGNATURE));
            assertThat(verify(withSignature(TOKEN, sZero))).isEqualTo(rejected(INVALID_SIGNATURE));
            assertThat(verify(withSignature(TOKEN, new byte[64]))).isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void verify_rejectsToken_whenSignatureIsDer() {
            byte[] der = EcdsaDer.fromRaw(Base64Url.decode(part(TOKEN, 2)));

            assertThat(verify(withSignature(TOKEN, der))).isEqualTo(rejected(INVALID_SIGNATURE));
        }
    }

    @Nested
    class Rotation {

        private final SigningKey oldKey = key("pass-2025-05");
        private final SigningKey newKey = key("pass-2025-06");
        private final String oldToken = new PassTokenIssuer(KeyRing.of(oldKey)).issue(CLAIMS);

        @Test
        void verify_acceptsTokenOfPreviousKey_whileItStaysInTheRing() {
            KeyRing rotated = KeyRing.of(oldKey).rotateTo(newKey);

            assertThat(new PassTokenVerifier(rotated, ISSUER, CLOCK).verify(oldToken, SITE).isValid()).isTrue();
            assertThat(new PassTokenVerifier(rotated, ISSUER, CLOCK)
                    .verify(new PassTokenIssuer(rotated).issue(CLAIMS), SITE).isValid()).isTrue();
        }

        @Test
        void verify_rejectsTokenOfPreviousKey_onceItIsRemoved() {
            KeyRing retired = KeyRing.of(oldKey).rotateTo(newKey).withoutKey(oldKey.kid());

            assertThat(new PassTokenVerifier(retired, ISSUER, CLOCK).verify(oldToken, SITE))
                    .isEqualTo(rejected(INVALID_SIGNATURE));
        }

        @Test
        void issue_usesNewKey_afterRotation() {
            KeyRing rotated = KeyRing.of(oldKey).rotateTo(newKey);

            assertThat(new PassTokenIssuer(rotated).kid()).isEqualTo(newKey.kid());
        }
    }

    @Nested
    class Structure {

        @ParameterizedTest
        @ValueSource(strings = {
            "", ".", "..", "...", "a", "a.b", "a.b.c.d", "eyJ9.eyJ9.", " ", "\u0000",
        })
        void verify_rejectsToken_whenNotThreeDecodableParts(String token) {
            assertThat(verify(token)).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsNull() {
            assertThat(verify(null)).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenItHasAnExtraPart() {
            assertThat(verify(TOKEN + ".")).isEqualTo(rejected(MALFORMED));
            assertThat(verify(TOKEN + "." + part(TOKEN, 2))).isEqualTo(rejected(MALFORMED));
            assertThat(verify(part(TOKEN, 0) + "." + TOKEN)).isEqualTo(rejected(MALFORMED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"+", "/", "=", "*", " ", "\n", "é"})
        void verify_rejectsToken_whenItHoldsNonBase64UrlCharacters(String bad) {
            String payload = part(TOKEN, 1);
            String spoiled = payload.substring(0, 10) + bad + payload.substring(11);

            assertThat(verify(part(TOKEN, 0) + "." + spoiled + "." + part(TOKEN, 2))).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenPadded() {
            String padded = part(TOKEN, 0) + "==." + part(TOKEN, 1) + "." + part(TOKEN, 2);

            assertThat(verify(padded)).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenSurroundedByWhitespace() {
            assertThat(verify(" " + TOKEN)).isEqualTo(rejected(MALFORMED));
            assertThat(verify(TOKEN + "\n")).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenLargerThanLimit() {
            Map<String, String> raw = rawClaims();
            raw.put("pad", "\"" + "x".repeat(CompactJws.MAX_LENGTH) + "\"");

            assertThat(verify(signedClaims(raw))).isEqualTo(rejected(MALFORMED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "[]", "\"ES256\"", "null", "{", "{\"alg\":\"ES256\"}{}", "{\"alg\":'ES256'}"})
        void verify_rejectsToken_whenHeaderIsNotAJsonObject(String header) {
            assertThat(verify(forge(header, PassTokenFormat.claims(CLAIMS), KEY))).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenHeaderRepeatsAKey() {
            String header = "{\"alg\":\"none\",\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}";

            assertThat(verify(forge(header, PassTokenFormat.claims(CLAIMS), KEY))).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenClaimsRepeatAKey() {
            // Validly signed: some parsers keep the first "site", some the last. Refuse to be one of them.
            String claims = PassTokenFormat.claims(CLAIMS).replace("\"site\":", "\"site\":\"other-site\",\"site\":");

            assertThat(verify(forge(header(KEY.kid()), claims, KEY))).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_rejectsToken_whenClaimsAreNotUtf8Json() {
            String signingInput = b64(header(KEY.kid())) + "."
                    + Base64Url.encode(PassTokenFormat.claims(CLAIMS).getBytes(StandardCharsets.UTF_16));
            String token = signingInput + "."
                    + Base64Url.encode(KEY.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));

            assertThat(verify(token)).isEqualTo(rejected(MALFORMED));
        }

        @Test
        void verify_checksStructureBeforeHeader() {
            // alg none and a claim missing: the first failing check names the reason.
            Map<String, String> raw = rawClaims();
            raw.remove("exp");
            String none = "{\"alg\":\"none\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"pass-2025-06\"}";

            assertThat(verify(b64(none) + "." + b64(json(raw)) + ".")).isEqualTo(rejected(MALFORMED));
        }
    }

    @Nested
    class Claims {

        @ParameterizedTest
        @ValueSource(strings = {"iss", "sub", "jti", "sid", "site", "iat", "nbf", "exp", "v", "cnd", "zones"})
        void verify_rejectsToken_whenRequiredClaimMissing(String claim) {
            Map<String, String> raw = rawClaims();
            raw.remove(claim);

            assertThat(verify(signedClaims(raw))).isEqualTo(rejected(MALFORMED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"iss", "sub", "jti", "sid", "site", "iat", "nbf", "exp", "v", "cnd", "zones"})
        void verify_rejectsToken_whenRequiredClaimIsNull(String claim) {
            Map<String, String> raw = rawClaims();
            raw.put(claim, "null");

            assertThat(verify(signedClaims(raw))).isEqualTo(rejected(MALFORMED));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "exp=\"1748885400\"", "exp=1748885400.0", "exp=1.7488854E9", "exp=-1", "exp=99999999999999999999",
            "exp=253402300800", "iat=true", "nbf={}", "sub=42", "sub=\"\"", "site=\" \"", "site=[\"demo-site\"]",
            "v=\"FAIL\"", "v=\"pass\"", "v=1", "cnd=\"WATERPROOF_COVER\"", "cnd=[1]", "cnd=[null]", "cnd=[\"\"]",
            "zones={}", "zones=[[\"a\"]]", "nbf=1748885400",
        })
        void verify_rejectsToken_whenClaimHasWrongTypeOrValue(String assignment) {
            String[] nameAndValue = assignment.split("=", 2);
            Map<String, String> raw = rawClaims();
            raw.put(nameAndValue[0], nameAndValue[1]);

            assertThat(verify(signedClaims(raw))).isEqualTo(rejected(MALFORMED));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"claims\"", "null", "", "{\"iss\":1} trailing"})
        void verify_rejectsToken_whenClaimsAreNotAJsonObject(String claims) {
            assertThat(verify(forge(header(KEY.kid()), claims, KEY))).isEqualTo(rejected(MALFORMED));
        }
    }

    /**
     * Every single-character change to a good token must be refused, and refused without an exception; a fixed
     * seed keeps the run repeatable.
     */
    @Test
    void verify_rejectsEveryOneCharacterMutation_withoutThrowing() {
        Random random = new Random(20250602L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        for (int i = 0; i < 3_000; i++) {
            char[] chars = TOKEN.toCharArray();
            int at = random.nextInt(chars.length);
            char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
            if (chars[at] == replacement) {
                continue;
            }
            chars[at] = replacement;

            PassVerificationResult result = verify(new String(chars));

            assertThat(result.isValid()).as("mutation at %d to '%s'", at, replacement).isFalse();
        }
    }
}
