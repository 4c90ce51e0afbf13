package com.gmpgate.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.AuthorizerEvents;
import com.gmpgate.auth.authorizer.AuthorizerHandler;
import com.gmpgate.auth.token.InvalidAccessTokenException.Reason;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.Jwk;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.pass.PassVerdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 8725's catalogue against the authorizer: every forged, stale or foreign token gets API Gateway's 401
 * (the authorizer fails with exactly "Unauthorized"), and the verifier names why, for the log.
 */
class AccessTokenAttackTest {

    static final AuthTestKit KIT = new AuthTestKit();
    static final User WORKER = KIT.user("attack-target", "Hands-washed-42", Role.WORKER, "demo-site", "김위생");
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    static String valid() {
        return new AccessTokenIssuer(KIT.keys).issue(WORKER, KIT.clock.instant()).token();
    }

    static String kid() {
        return KIT.signingKey.kid();
    }

    /** A token signed with our real key, built field by field. */
    static String ours(Function<com.auth0.jwt.JWTCreator.Builder, com.auth0.jwt.JWTCreator.Builder> claims) {
        Instant now = KIT.clock.instant();
        return claims.apply(JWT.create()
                        .withHeader(Map.of("typ", "at+jwt", "kid", kid()))
                        .withIssuer(AccessTokenFormat.ISSUER)
                        .withAudience(AccessTokenFormat.AUDIENCE)
                        .withSubject(WORKER.id())
                        .withIssuedAt(now)
                        .withExpiresAt(now.plus(Duration.ofMinutes(15)))
                        .withJWTId("jti-1")
                        .withClaim("role", "WORKER")
                        .withClaim("site", "demo-site")
                        .withClaim("tv", 0L))
                .sign(BouncyCastleEs256.signing(KIT.signingKey));
    }

    static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String payloadOf(String token) {
        return token.split("\\.")[1];
    }

    static String withHeader(String headerJson, String token, String signature) {
        return part(headerJson) + "." + payloadOf(token) + "." + signature;
    }

    static Stream<Arguments> attacks() {
        String kid = kid();
        String publicJwk = Jwk.toJson(KIT.signingKey.verificationKey());
        byte[] publicDer = KIT.signingKey.verificationKey().toJdk().getEncoded();
        SigningKey stranger = SigningKey.generate(kid, new SecureRandom());
        Instant now = KIT.clock.instant();
        return Stream.of(
                Arguments.of("alg none, no signature",
                        withHeader("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}", valid(), ""),
                        Reason.WRONG_ALGORITHM),
                Arguments.of("alg none, signature kept",
                        withHeader("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}", valid(),
                                valid().split("\\.")[2]), Reason.WRONG_ALGORITHM),
                Arguments.of("HS256 keyed with the public JWK", JWT.create()
                        .withHeader(Map.of("typ", "at+jwt", "kid", kid)).withIssuer(AccessTokenFormat.ISSUER)
                        .withAudience(AccessTokenFormat.AUDIENCE).withSubject(WORKER.id()).withIssuedAt(now)
                        .withExpiresAt(now.plusSeconds(900)).withJWTId("j").withClaim("role", "ADMIN")
                        .withClaim("site", "demo-site")
                        .sign(Algorithm.HMAC256(publicJwk.getBytes(StandardCharsets.UTF_8))), Reason.WRONG_ALGORITHM),
                Arguments.of("HS256 keyed with the public key's DER", JWT.create()
                        .withHeader(Map.of("typ", "at+jwt", "kid", kid)).withIssuer(AccessTokenFormat.ISSUER)
                        .withAudience(AccessTokenFormat.AUDIENCE).withSubject(WORKER.id()).withIssuedAt(now)
                        .withExpiresAt(now.plusSeconds(900)).withJWTId("j").withClaim("role", "ADMIN")
                        .withClaim("site", "demo-site").sign(Algorithm.HMAC256(publicDer)), Reason.WRONG_ALGORITHM),
                Arguments.of("expired", ours(b -> b.withIssuedAt(now.minus(Duration.ofMinutes(20)))
                        .withExpiresAt(now.minus(Duration.ofMinutes(5)))), Reason.EXPIRED),
                Arguments.of("no exp", ours(b -> b.withExpiresAt((Instant) null)), Reason.MISSING_CLAIM),
                Arguments.of("exp null", signedPayload(payloadJson().replaceFirst("\"exp\":\\d+", "\"exp\":null")),
                        Reason.MISSING_CLAIM),
                Arguments.of("exp as a string", signedPayload(payloadJson().replaceFirst("\"exp\":(\\d+)",
                        "\"exp\":\"$1\"")), Reason.MALFORMED),
                Arguments.of("no iat", ours(b -> b.withIssuedAt((Instant) null)), Reason.MISSING_CLAIM),
                Arguments.of("iat in the future", ours(b -> b.withIssuedAt(now.plus(Duration.ofMinutes(5)))),
                        Reason.EXPIRED),
                Arguments.of("not yet valid (nbf)", ours(b -> b.withNotBefore(now.plus(Duration.ofMinutes(5)))),
                        Reason.EXPIRED),
                Arguments.of("wrong aud", ours(b -> b.withAudience("urn:gmp-hygiene-gate:pass")), Reason.WRONG_AUDIENCE),
                Arguments.of("foreign aud",
                        ours(b -> b.withAudience("https://evil.example")), Reason.WRONG_AUDIENCE),
                Arguments.of("wrong iss", ours(b -> b.withIssuer("urn:someone-else")), Reason.WRONG_ISSUER),
                Arguments.of("no sub", ours(b -> b.withSubject(null)), Reason.MISSING_CLAIM),
                Arguments.of("no role", ours(b -> b.withClaim("role", (String) null)), Reason.MISSING_CLAIM),
                Arguments.of("unknown role", ours(b -> b.withClaim("role", "ROOT")), Reason.INVALID_CLAIM),
                Arguments.of("no site", ours(b -> b.withClaim("site", (String) null)), Reason.MISSING_CLAIM),
                Arguments.of("no token version", ours(b -> b.withClaim("tv", (Long) null)), Reason.MISSING_CLAIM),
                Arguments.of("token version as a string", ours(b -> b.withClaim("tv", "0")), Reason.MISSING_CLAIM),
                Arguments.of("typ JWT", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid
                        + "\"}"), Reason.WRONG_TYPE),
                Arguments.of("no typ", withHeaderResigned("{\"alg\":\"ES256\",\"kid\":\"" + kid + "\"}"),
                        Reason.WRONG_TYPE),
                Arguments.of("jku header", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\""
                        + kid + "\",\"jku\":\"https://evil.example/jwks\"}"), Reason.UNEXPECTED_HEADER),
                Arguments.of("crit header", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":\""
                        + kid + "\",\"crit\":[\"exp\"]}"), Reason.UNEXPECTED_HEADER),
                Arguments.of("no kid", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"at+jwt\"}"),
                        Reason.UNEXPECTED_HEADER),
                Arguments.of("duplicate typ member", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"JWT\","
                        + "\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}"), Reason.MALFORMED),
                Arguments.of("unknown kid", withHeaderResigned("{\"alg\":\"ES256\",\"typ\":\"at+jwt\","
                        + "\"kid\":\"someone-elses\"}"), Reason.BAD_SIGNATURE),
                Arguments.of("our kid, another key", JWT.create().withHeader(Map.of("typ", "at+jwt", "kid", kid))
                        .withIssuer(AccessTokenFormat.ISSUER).withAudience(AccessTokenFormat.AUDIENCE)
                        .withSubject(WORKER.id()).withIssuedAt(now).withExpiresAt(now.plusSeconds(900))
                        .withJWTId("j").withClaim("role", "ADMIN").withClaim("site", "demo-site")
                        .sign(BouncyCastleEs256.signing(stranger)), Reason.BAD_SIGNATURE),
                Arguments.of("payload edited after signing (role ADMIN)", editedPayload(), Reason.BAD_SIGNATURE),
                Arguments.of("signature truncated", valid().substring(0, valid().length() - 4),
                        Reason.BAD_SIGNATURE),
                Arguments.of("signature DER-encoded (JCA style)", derSignature(), Reason.BAD_SIGNATURE),
                Arguments.of("QR pass token (other keys)", passToken(SigningKey.generate(new SecureRandom())),
                        Reason.WRONG_TYPE),
                Arguments.of("QR pass token signed with the access-token key", passToken(KIT.signingKey),
                        Reason.WRONG_TYPE),
                Arguments.of("over 8 KB, validly signed", ours(b -> b.withClaim("pad", "x".repeat(8 * 1024)))
                        , Reason.TOO_LARGE),
                Arguments.of("not a JWT", "hello", Reason.MALFORMED),
                Arguments.of("two parts", "a.b", Reason.MALFORMED),
                Arguments.of("empty", "", Reason.MISSING));
    }

    static String withHeaderResigned(String headerJson) {
        String signingInput = part(headerJson) + "." + payloadOf(valid());
        byte[] signature = KIT.signingKey.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(signature);
    }

    static String payloadJson() {
        return new String(Base64.getUrlDecoder().decode(payloadOf(valid())), StandardCharsets.UTF_8);
    }

    /** Our header and key over any payload text. */
    static String signedPayload(String payloadJson) {
        String signingInput = valid().split("\\.")[0] + "." + part(payloadJson);
        byte[] signature = KIT.signingKey.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(signature);
    }

    static String editedPayload() {
        String[] parts = valid().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"WORKER\"", "\"ADMIN\"");
        return parts[0] + "." + part(payload) + "." + parts[2];
    }

    static String derSignature() {
        String[] parts = valid().split("\\.");
        byte[] rs = Base64.getUrlDecoder().decode(parts[2]);
        byte[] der = new byte[72];
        der[0] = 0x30;
        der[1] = 70;
        der[2] = 0x02;
        der[3] = 33;
        System.arraycopy(rs, 0, der, 5, 32);
        der[37] = 0x02;
        der[38] = 33;
        System.arraycopy(rs, 32, der, 40, 32);
        return parts[0] + "." + parts[1] + "." + B64.encodeToString(der);
    }

    static String passToken(SigningKey key) {
        Instant now = KIT.clock.instant();
        return new PassTokenIssuer(KeyRing.of(key)).issue(new PassClaims(AccessTokenFormat.ISSUER, WORKER.id(),
                "pass-1", "sub-1", "demo-site", now, now, now.plus(Duration.ofHours(12)), PassVerdict.PASS,
                List.of(), List.of("A")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void authorizer_answers401(String attack, String token, Reason reason) {
        byte[] event = AuthorizerEvents.request("Bearer " + token, "GET", "/v1/auth/me");

        assertThatThrownBy(() -> KIT.authorizer.handleRequest(new ByteArrayInputStream(event),
                new ByteArrayOutputStream(), KIT.context))
                .isInstanceOf(AuthorizerHandler.UnauthorizedException.class)
                .hasMessage("Unauthorized");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void verifier_namesTheReason(String attack, String token, Reason reason) {
        AccessTokenVerifier verifier = new AccessTokenVerifier(KIT.keys, KIT.clock);

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOfSatisfying(InvalidAccessTokenException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }

    @Test
    void theGenuineToken_passes_andSaysWhoItIsFor() throws Exception {
        AccessTokenClaims claims = new AccessTokenVerifier(KIT.keys, KIT.clock).verify(valid());

        assertThat(claims.userId()).isEqualTo(WORKER.id());
        assertThat(claims.role()).isEqualTo(Role.WORKER);
        assertThat(claims.siteId()).isEqualTo("demo-site");
        assertThat(claims.expiresAt()).isEqualTo(
                Instant.ofEpochSecond(KIT.clock.instant().getEpochSecond()).plus(Duration.ofMinutes(15)));
    }

    @Test
    void theHeader_isExactlyAlgTypKid() {
        String header = new String(Base64.getUrlDecoder().decode(valid().split("\\.")[0]), StandardCharsets.UTF_8);

        assertThat(header).contains("\"alg\":\"ES256\"", "\"typ\":\"at+jwt\"", "\"kid\":\"" + kid() + "\"");
        assertThat(com.gmpgate.crypto.StrictJson.parseObject(header)).containsOnlyKeys("alg", "typ", "kid");
    }

    @Test
    void aTokenOfTheKeyBeforeARotation_stillVerifies_whileTheOldPublicKeyIsKept() throws Exception {
        SigningKey next = SigningKey.generate(new SecureRandom());
        KeyRing rotated = KeyRing.of(next, List.of(KIT.signingKey.verificationKey()));

        assertThat(new AccessTokenVerifier(rotated, KIT.clock).verify(valid()).userId()).isEqualTo(WORKER.id());
    }
}
