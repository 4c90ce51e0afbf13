package com.gmpgate.fakes;

import com.gmpgate.port.DeliveryLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link DeliveryLedger} in memory with the DynamoDB adapter's semantics (claim, lease, complete, release). */
public final class InMemoryDeliveryLedger implements DeliveryLedger {

    /** As the DynamoDB adapter's. */
    public static final Duration LEASE = Duration.ofSeconds(60);

    private record Entry(boolean completed, Instant leaseUntil) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized boolean claim(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry != null && (entry.completed() || !entry.leaseUntil().isBefore(now))) {
            return false;
        }
        entries.put(key, new Entry(false, now.plus(LEASE)));
        return true;
    }

    @Override
    public synchronized void complete(String key, Instant now) {
        entries.put(key, new Entry(true, now));
    }

    @Override
    public synchronized void release(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.completed()) {
            entries.remove(key);
        }
    }
}
