package com.gmpgate.port;

import com.gmpgate.domain.gate.Pass;
import java.time.Instant;
import java.util.Optional;

public interface PassStore {
    void create(Pass pass);

    Optional<Pass> findById(String passId);

    /** The worker's newest pass that is neither expired nor revoked at {@code now}. */
    Optional<Pass> findCurrentForWorker(String workerId, Instant now);

    /** Revokes the pass if it is not revoked yet; returns the stored pass (revoked either way). */
    Optional<Pass> revoke(String passId, String reason, Instant at);
}
