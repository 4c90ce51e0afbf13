package com.gmpgate.auth.token;

import com.auth0.jwt.JWT;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.User;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Signs access tokens for the auth function. Thread-safe. */
public final class AccessTokenIssuer {

    /** A signed token and when it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private final SigningKey signingKey;

    /** @throws IllegalArgumentException if the ring has no signing key */
    public AccessTokenIssuer(KeyRing keys) {
        this.signingKey = keys.signingKey()
                .orElseThrow(() -> new IllegalArgumentException("the key ring has no signing key"));
    }

    /** {@code now} is truncated to seconds: NumericDate has no fraction, and exp must be exactly iat + 15 min. */
    public IssuedToken issue(User user, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        Instant expiresAt = issuedAt.plus(AccessTokenFormat.TTL);
        BouncyCastleEs256 algorithm = BouncyCastleEs256.signing(signingKey);
        String token = JWT.create()
                .withHeader(Map.of("typ", AccessTokenFormat.TYP, "kid", algorithm.getSigningKeyId()))
                .withIssuer(AccessTokenFormat.ISSUER)
                .withAudience(AccessTokenFormat.AUDIENCE)
                .withSubject(user.id())
                .withIssuedAt(issuedAt)
                .withExpiresAt(expiresAt)
                .withJWTId(UUID.randomUUID().toString())
                .withClaim(AccessTokenFormat.CLAIM_ROLE, user.role().name())
                .withClaim(AccessTokenFormat.CLAIM_SITE, user.siteId())
                .withClaim(AccessTokenFormat.CLAIM_TOKEN_VERSION, user.tokenVersion())
                .sign(algorithm);
        return new IssuedToken(token, expiresAt);
    }
}
