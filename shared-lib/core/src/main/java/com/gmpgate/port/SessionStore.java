package com.gmpgate.port;

import com.gmpgate.domain.user.RefreshSession;
import java.time.Instant;
import java.util.Optional;

public interface SessionStore {
    void create(RefreshSession session);

    Optional<RefreshSession> findByTokenHash(String tokenHash);

    /**
     * Marks the token as exchanged, only if it is still unrotated and unrevoked. Returns false when it
     * was not (a concurrent refresh won, or it was spent already): the caller treats that as reuse.
     */
    boolean markRotated(String tokenHash, Instant at);

    /** Revokes every token of the family (reuse detected, or logout). */
    void revokeFamily(String familyId, Instant at);
}
