package com.gmpgate.auth.token;

import com.gmpgate.crypto.BouncyCastleEs256;
import java.time.Duration;

/** What an access token looks like (RFC 9068 profile, RFC 8725 practices); every value here is pinned. */
public final class AccessTokenFormat {

    public static final String ALG = BouncyCastleEs256.ALG;
    /** RFC 9068 §2.1: explicit typing, so no other JWT (a QR pass, an ID token) can pass for an access token. */
    public static final String TYP = "at+jwt";
    public static final String ISSUER = "urn:gmp-hygiene-gate:auth";
    public static final String AUDIENCE = "urn:gmp-hygiene-gate:api";
    public static final Duration TTL = Duration.ofMinutes(15);
    /** Tolerated clock difference between the signing and verifying Lambdas. */
    public static final Duration LEEWAY = Duration.ofSeconds(10);
    /** Ours are well under 1 KB; anything over this is refused before a single byte is decoded. */
    public static final int MAX_CHARS = 8 * 1024;

    public static final String CLAIM_ROLE = "role";
    public static final String CLAIM_SITE = "site";
    /** The user's token version at issue (User.tokenVersion); the authorizer refuses it once the stored one moved. */
    public static final String CLAIM_TOKEN_VERSION = "tv";

    private AccessTokenFormat() {
    }
}
