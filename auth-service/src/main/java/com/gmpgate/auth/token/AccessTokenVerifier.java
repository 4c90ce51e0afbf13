package com.gmpgate.auth.token;

import static com.gmpgate.auth.token.InvalidAccessTokenException.Reason;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.Verification;
import com.gmpgate.domain.user.Role;
import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.JsonFormatException;
import com.gmpgate.crypto.StrictJson;
import com.gmpgate.crypto.VerificationKeys;
import java.time.Clock;
import java.util.Map;

/**
 * Verifies access tokens (the authorizer, and anything else that must). In order: size, then the header pinned
 * whole (alg ES256, typ at+jwt, a kid and nothing else), then the signature with our key of that kid, then the
 * claims: iss and aud exact, exp, iat, sub, jti, role, site and tv all required. java-jwt alone would accept a token
 * without exp and never looks at typ; both are checked here. Thread-safe.
 */
public final class AccessTokenVerifier {

    private final JWTVerifier verifier;

    /**
     * @param keys the access-token keys (never the pass keys); in a long-lived authorizer a ring that reloads, so a
     *             rotation's new kid is found
     */
    public AccessTokenVerifier(VerificationKeys keys, Clock clock) {
        Verification verification = JWT.require(BouncyCastleEs256.verifying(keys))
                .withIssuer(AccessTokenFormat.ISSUER)
                .withAudience(AccessTokenFormat.AUDIENCE)
                .withClaimPresence("exp")
                .withClaimPresence("iat")
                .withClaimPresence("sub")
                .withClaimPresence("jti")
                .withClaimPresence(AccessTokenFormat.CLAIM_ROLE)
                .withClaimPresence(AccessTokenFormat.CLAIM_SITE)
                .withClaimPresence(AccessTokenFormat.CLAIM_TOKEN_VERSION)
                .acceptLeeway(AccessTokenFormat.LEEWAY.toSeconds());
        // only the implementation takes a Clock; tests need one
        this.verifier = ((JWTVerifier.BaseVerification) verification).build(clock);
    }

    public AccessTokenClaims verify(String token) throws InvalidAccessTokenException {
        if (token == null || token.isEmpty()) {
            throw new InvalidAccessTokenException(Reason.MISSING, "no token");
        }
        if (token.length() > AccessTokenFormat.MAX_CHARS) {
            throw new InvalidAccessTokenException(Reason.TOO_LARGE, token.length() + " characters");
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(token);
        } catch (JWTDecodeException e) {
            throw new InvalidAccessTokenException(Reason.MALFORMED, "not a compact JWS");
        }
        checkHeader(jwt);
        try {
            verifier.verify(jwt);
        } catch (AlgorithmMismatchException e) {
            throw new InvalidAccessTokenException(Reason.WRONG_ALGORITHM, jwt.getAlgorithm());
        } catch (SignatureVerificationException e) {
            throw new InvalidAccessTokenException(Reason.BAD_SIGNATURE, "kid " + jwt.getKeyId());
        } catch (TokenExpiredException e) {
            throw new InvalidAccessTokenException(Reason.EXPIRED, "expired at " + e.getExpiredOn());
        } catch (MissingClaimException e) {
            throw new InvalidAccessTokenException(Reason.MISSING_CLAIM, e.getClaimName());
        } catch (IncorrectClaimException e) {
            Reason reason = switch (e.getClaimName()) {
                case "iss" -> Reason.WRONG_ISSUER;
                case "aud" -> Reason.WRONG_AUDIENCE;
                case "iat", "nbf" -> Reason.EXPIRED;
                default -> Reason.INVALID_CLAIM;
            };
            throw new InvalidAccessTokenException(reason, e.getClaimName());
        } catch (JWTVerificationException e) {
            throw new InvalidAccessTokenException(Reason.INVALID_CLAIM, e.getClass().getSimpleName());
        }
        return claims(jwt);
    }

    private static void checkHeader(DecodedJWT jwt) throws InvalidAccessTokenException {
        if (!AccessTokenFormat.ALG.equals(jwt.getAlgorithm())) {
            throw new InvalidAccessTokenException(Reason.WRONG_ALGORITHM, String.valueOf(jwt.getAlgorithm()));
        }
        if (!AccessTokenFormat.TYP.equals(jwt.getType())) {
            throw new InvalidAccessTokenException(Reason.WRONG_TYPE, String.valueOf(jwt.getType()));
        }
        Map<String, Object> header;
        try {
            // java-jwt parsed the header leniently (duplicate members: last wins); read it again strictly
            header = StrictJson.parseObject(Base64Url.decode(jwt.getHeader()));
        } catch (IllegalArgumentException | JsonFormatException e) {
            throw new InvalidAccessTokenException(Reason.MALFORMED, "header");
        }
        if (!BouncyCastleEs256.HEADER_MEMBERS.equals(header.keySet()) || !(header.get("kid") instanceof String)) {
            throw new InvalidAccessTokenException(Reason.UNEXPECTED_HEADER, String.valueOf(header.keySet()));
        }
    }

    /**
     * java-jwt's presence check passes a claim that is present as JSON {@code null}, and its time checks skip a null
     * {@code exp}: "exp":null would never expire. So every claim is read again here and must have a value.
     */
    private static AccessTokenClaims claims(DecodedJWT jwt) throws InvalidAccessTokenException {
        java.time.Instant issuedAt = jwt.getIssuedAtAsInstant();
        java.time.Instant expiresAt = jwt.getExpiresAtAsInstant();
        String subject = jwt.getSubject();
        String tokenId = jwt.getId();
        String site = jwt.getClaim(AccessTokenFormat.CLAIM_SITE).asString();
        Long tokenVersion = jwt.getClaim(AccessTokenFormat.CLAIM_TOKEN_VERSION).asLong();
        if (issuedAt == null || expiresAt == null || isBlank(subject) || isBlank(tokenId) || isBlank(site)
                || tokenVersion == null || jwt.getClaim(AccessTokenFormat.CLAIM_ROLE).isNull()) {
            throw new InvalidAccessTokenException(Reason.MISSING_CLAIM, "a required claim is null or blank");
        }
        return new AccessTokenClaims(subject, role(jwt.getClaim(AccessTokenFormat.CLAIM_ROLE)), site, tokenId,
                issuedAt, expiresAt, tokenVersion);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Role role(Claim claim) throws InvalidAccessTokenException {
        String value = claim.asString();
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw new InvalidAccessTokenException(Reason.INVALID_CLAIM, "role");
    }
}
