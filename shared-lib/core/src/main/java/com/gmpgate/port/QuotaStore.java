package com.gmpgate.port;

import java.time.Instant;

/**
 * Counters with a ceiling, one per subject and period (e.g. the upload grants of one worker on one site day). Taking
 * a unit is one conditional write, so concurrent requests can never take more than the limit between them.
 */
public interface QuotaStore {

    /**
     * Takes one unit of {@code quotaId}.
     *
     * @param expiresAt when the counter may be forgotten (after its period)
     * @return false, having taken nothing, when {@code limit} units are taken already
     */
    boolean tryTake(String quotaId, int limit, Instant expiresAt);
}
