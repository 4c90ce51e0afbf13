package com.gmpgate.port;

import com.gmpgate.domain.gate.Pass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PassStore {
    /** No pass lives longer (checklist-service refuses a longer setting): how far back a worker's valid passes go. */
    Duration MAX_LIFETIME = Duration.ofHours(24);

    void create(Pass pass);

    Optional<Pass> findById(String passId);

    /** The worker's newest pass that is neither expired nor revoked at {@code now}. */
    Optional<Pass> findCurrentForWorker(String workerId, Instant now);

    /** Every pass of the worker issued at or after {@code since} (revoked and expired ones too), oldest first. */
    List<Pass> issuedToWorkerSince(String workerId, Instant since);

    /** Revokes the pass if it is not revoked yet; returns the stored pass (revoked either way). */
    Optional<Pass> revoke(String passId, String reason, Instant at);

    /**
     * Revokes every pass of the worker that is unexpired and unrevoked at {@code at} (the worker was disabled, their
     * password reset or their role changed); returns those passes, revoked (a revocation that raced this one
     * keeps its own time and reason).
     */
    List<Pass> revokeAllOfWorker(String workerId, String reason, Instant at);
}
