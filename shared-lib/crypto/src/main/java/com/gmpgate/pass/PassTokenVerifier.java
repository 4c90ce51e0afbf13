package com.gmpgate.pass;

import static com.gmpgate.pass.PassRejectionReason.EXPIRED;
import static com.gmpgate.pass.PassRejectionReason.INVALID_SIGNATURE;
import static com.gmpgate.pass.PassRejectionReason.MALFORMED;
import static com.gmpgate.pass.PassRejectionReason.NOT_YET_VALID;
import static com.gmpgate.pass.PassRejectionReason.WRONG_SITE;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.KeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks pass tokens in the order of the gate (DESIGN.md §4): parse → pinned alg/typ/kid → signature →
 * nbf/exp with leeway → issuer → site. The signature is java-jwt's over {@link BouncyCastleEs256}, the access
 * tokens' JWS; around it the strict checks of a pass: canonical base64url ({@link CompactJws}), header and claims
 * as strict JSON with the header pinned whole and every claim required ({@link PassTokenFormat}). Bad input never throws; it comes back as a {@link PassVerificationResult.Rejected}.
 * Thread-safe.
 */
public final class PassTokenVerifier {

    /** Covers clock drift between the issuing Lambda and a gate device, not lateness. */
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(30);

    private final KeyRing keyRing;
    private final BouncyCastleEs256 algorithm;
    private final String issuer;
    private final Clock clock;
    private final Duration leeway;

    public PassTokenVerifier(KeyRing keyRing, String issuer, Clock clock) {
        this(keyRing, issuer, clock, DEFAULT_LEEWAY);
    }

    public PassTokenVerifier(KeyRing keyRing, String issuer, Clock clock, Duration leeway) {
        this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
        this.algorithm = BouncyCastleEs256.verifying(keyRing);
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (leeway.isNegative()) {
            throw new IllegalArgumentException("leeway must not be negative");
        }
        this.leeway = leeway;
    }

    /** Verifies {@code token} for the gate's site, now. */
    public PassVerificationResult verify(String token, String expectedSiteId) {
        return verify(token, expectedSiteId, clock.instant());
    }

    /** Verifies {@code token} as of {@code at}: an offline gate's scans are checked at the time of the scan. */
    public PassVerificationResult verify(String token, String expectedSiteId, Instant at) {
        Objects.requireNonNull(expectedSiteId, "expectedSiteId");
        Objects.requireNonNull(at, "at");
        PassClaims claims;
        try {
            CompactJws jws = CompactJws.parse(token);
            Map<String, Object> header = PassTokenFormat.parseObject(jws.header());
            claims = PassTokenFormat.readClaims(PassTokenFormat.parseObject(jws.payload()));
            if (keyRing.verificationKey(PassTokenFormat.pinnedKid(header)).isEmpty()) {
                return rejected(INVALID_SIGNATURE, null);
            }
            algorithm.verify(JWT.decode(token));
        } catch (JWTDecodeException e) {
            return rejected(MALFORMED, null);
        } catch (SignatureVerificationException e) {
            return rejected(INVALID_SIGNATURE, null);
        } catch (RejectedPassException e) {
            return rejected(e.reason(), null);
        }
        if (!at.isBefore(claims.expiresAt().plus(leeway))) {
            return rejected(EXPIRED, claims);
        }
        if (at.isBefore(claims.notBefore().minus(leeway))) {
            return rejected(NOT_YET_VALID, claims);
        }
        // Our key, another issuer: treated as a signature failure, not MALFORMED. The token is well-formed; what
        // fails is the proof that it comes from the issuer this gate trusts, and its claims are not handed out.
        if (!claims.issuer().equals(issuer)) {
            return rejected(INVALID_SIGNATURE, null);
        }
        if (!claims.siteId().equals(expectedSiteId)) {
            return rejected(WRONG_SITE, claims);
        }
        return new PassVerificationResult.Valid(claims);
    }

    public Duration leeway() {
        return leeway;
    }

    private static PassVerificationResult rejected(PassRejectionReason reason, PassClaims signedClaims) {
        return new PassVerificationResult.Rejected(reason, Optional.ofNullable(signedClaims));
    }
}
