package com.gmpgate.auth.token;

import com.gmpgate.domain.user.Role;
import java.time.Instant;
import java.util.Objects;

/** What a verified access token says about its bearer. */
public record AccessTokenClaims(String userId, Role role, String siteId, String tokenId, Instant issuedAt,
                                Instant expiresAt, long tokenVersion) {
    public AccessTokenClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
