package com.gmpgate.fakes;

import com.gmpgate.port.AttemptCounter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** AttemptCounter in memory; expiry is not enforced (keys carry their window, as with the real store). */
public final class InMemoryAttemptCounter implements AttemptCounter {

    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    @Override
    public long increment(String key, Instant expiresAt) {
        return counts.merge(key, 1L, Long::sum);
    }

    @Override
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    @Override
    public void reset(String key) {
        counts.remove(key);
    }

    /** For assertions: every counter, by key. */
    public Map<String, Long> all() {
        return Map.copyOf(counts);
    }
}
