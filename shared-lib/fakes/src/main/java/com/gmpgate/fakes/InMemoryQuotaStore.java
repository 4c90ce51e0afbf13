package com.gmpgate.fakes;

import com.gmpgate.port.QuotaStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link QuotaStore} in memory, with the DynamoDB adapter's semantics (a counter never passes its limit). Thread-safe. */
public final class InMemoryQuotaStore implements QuotaStore {

    private final Map<String, Integer> used = new HashMap<>();
    private final Outage outage = new Outage();

    @Override
    public synchronized boolean tryTake(String quotaId, int limit, Instant expiresAt) {
        outage.check();
        int taken = used.getOrDefault(quotaId, 0);
        if (taken >= limit) {
            return false;
        }
        used.put(quotaId, taken + 1);
        return true;
    }

    public synchronized int used(String quotaId) {
        return used.getOrDefault(quotaId, 0);
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }
}
