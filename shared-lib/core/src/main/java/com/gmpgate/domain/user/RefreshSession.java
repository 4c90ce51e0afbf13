package com.gmpgate.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh token, stored by its hash only. Tokens of one login form a family: each use rotates to a
 * new token; presenting a token that was already rotated means it leaked, and the whole family is revoked.
 *
 * @param tokenHash SHA-256 of the token, base64url; the token itself is never stored
 * @param rotatedAt set once the token has been exchanged for its successor
 */
public record RefreshSession(
        String tokenHash,
        String familyId,
        String userId,
        String siteId,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> rotatedAt,
        Optional<Instant> revokedAt) {

    public RefreshSession {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean usableAt(Instant now) {
        return rotatedAt.isEmpty() && revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
