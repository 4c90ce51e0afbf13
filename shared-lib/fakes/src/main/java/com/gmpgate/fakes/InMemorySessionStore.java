package com.gmpgate.fakes;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.SessionStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SessionStore} in memory, with the adapter's semantics: a token hash is stored once (conditional put),
 * {@link #markRotated} succeeds for exactly one caller per token, revoking a family marks every token of it.
 * Thread-safe.
 */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, RefreshSession> byHash = new LinkedHashMap<>();
    private final Outage outage = new Outage();

    @Override
    public synchronized void create(RefreshSession session) {
        outage.check();
        if (byHash.putIfAbsent(session.tokenHash(), session) != null) {
            throw new ConflictException("session exists");
        }
    }

    @Override
    public synchronized Optional<RefreshSession> findByTokenHash(String tokenHash) {
        outage.check();
        return Optional.ofNullable(byHash.get(tokenHash));
    }

    @Override
    public synchronized boolean markRotated(String tokenHash, Instant at) {
        outage.check();
        RefreshSession session = byHash.get(tokenHash);
        if (session == null || session.rotatedAt().isPresent() || session.revokedAt().isPresent()) {
            return false;
        }
        byHash.put(tokenHash, new RefreshSession(session.tokenHash(), session.familyId(), session.userId(),
                session.siteId(), session.issuedAt(), session.expiresAt(), Optional.of(at), session.revokedAt()));
        return true;
    }

    @Override
    public synchronized void revokeFamily(String familyId, Instant at) {
        outage.check();
        byHash.replaceAll((hash, session) -> session.familyId().equals(familyId) && session.revokedAt().isEmpty()
                ? new RefreshSession(session.tokenHash(), session.familyId(), session.userId(), session.siteId(),
                        session.issuedAt(), session.expiresAt(), session.rotatedAt(), Optional.of(at))
                : session);
    }

    /** Every stored session, oldest first, for assertions. */
    public synchronized List<RefreshSession> all() {
        return List.copyOf(byHash.values());
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }
}
