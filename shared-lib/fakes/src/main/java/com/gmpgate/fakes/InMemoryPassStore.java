package com.gmpgate.fakes;

import com.gmpgate.domain.gate.Pass;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.PassStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PassStore} in memory, with the DynamoDB adapter's semantics: a pass id is stored once; the current pass
 * is the newest issued by {@code now} that has not expired and was never revoked; revoking keeps the first
 * revocation's time and reason. Thread-safe.
 */
public final class InMemoryPassStore implements PassStore {

    private final Map<String, Pass> byId = new LinkedHashMap<>();
    private final Outage outage = new Outage();
    private Runnable beforeNextCreate;

    @Override
    public void create(Pass pass) {
        Runnable interleaved;
        synchronized (this) {
            interleaved = beforeNextCreate;
            beforeNextCreate = null;
        }
        if (interleaved != null) {
            interleaved.run(); // outside the lock: it is another request
        }
        store(pass);
    }

    /** Runs {@code write} once, just before the next pass is stored: another request landing in between. */
    public synchronized void beforeNextCreate(Runnable write) {
        this.beforeNextCreate = write;
    }

    /** Replaces a stored pass as is: a test's stand-in for someone editing the table. */
    public synchronized void overwrite(Pass pass) {
        byId.put(pass.id(), pass);
    }

    private synchronized void store(Pass pass) {
        outage.check();
        if (byId.putIfAbsent(pass.id(), pass) != null) {
            throw new ConflictException("pass " + pass.id() + " already exists");
        }
    }

    @Override
    public synchronized Optional<Pass> findById(String passId) {
        outage.check();
        return Optional.ofNullable(byId.get(passId));
    }

    @Override
    public synchronized Optional<Pass> findCurrentForWorker(String workerId, Instant now) {
        outage.check();
        return byId.values().stream()
                .filter(p -> p.workerId().equals(workerId) && !p.issuedAt().isAfter(now))
                .sorted(Comparator.comparing(Pass::issuedAt).reversed())
                .filter(p -> p.expiresAt().isAfter(now) && p.revokedAt().isEmpty())
                .findFirst();
    }

    @Override
    public synchronized List<Pass> issuedToWorkerSince(String workerId, Instant since) {
        outage.check();
        return byId.values().stream()
                .filter(p -> p.workerId().equals(workerId) && !p.issuedAt().isBefore(since))
                .sorted(Comparator.comparing(Pass::issuedAt))
                .toList();
    }

    @Override
    public synchronized Optional<Pass> revoke(String passId, String reason, Instant at) {
        outage.check();
        Pass pass = byId.get(passId);
        if (pass == null) {
            return Optional.empty();
        }
        if (pass.revokedAt().isEmpty()) {
            pass = new Pass(pass.id(), pass.siteId(), pass.workerId(), pass.submissionId(), pass.verdict(),
                    pass.conditions(), pass.zones(), pass.token(), pass.issuedAt(), pass.expiresAt(),
                    Optional.of(at), Optional.of(reason));
            byId.put(passId, pass);
        }
        return Optional.of(pass);
    }

    @Override
    public synchronized List<Pass> revokeAllOfWorker(String workerId, String reason, Instant at) {
        outage.check();
        List<String> valid = byId.values().stream()
                .filter(p -> p.workerId().equals(workerId) && p.revokedAt().isEmpty() && p.expiresAt().isAfter(at)
                        && !p.issuedAt().isBefore(at.minus(MAX_LIFETIME)))
                .map(Pass::id)
                .toList();
        return valid.stream().map(id -> revoke(id, reason, at).orElseThrow()).toList();
    }

    /** Every stored pass, oldest first, for assertions. */
    public synchronized List<Pass> all() {
        return byId.values().stream().sorted(Comparator.comparing(Pass::issuedAt)).toList();
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }
}
