package com.gmpgate.domain.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The one phone a worker's rotating codes must come from. Registering a new key retires the current one: codes it
 * signs are refused from then on (a lost phone, a new phone), since the gate checks a code against this key alone.
 *
 * @param version optimistic-locking counter, 0 for the first registration: registrations racing each other do not
 *                both win
 */
public record WorkerDevice(String workerId, String siteId, DeviceKey key, Instant registeredAt, long version) {

    public WorkerDevice {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** {@code next} becomes the worker's device and this one is retired. The same key again changes nothing. */
    public WorkerDevice replacedBy(DeviceKey next, String site, Instant at) {
        if (next.equals(key) && site.equals(siteId)) {
            return this;
        }
        return new WorkerDevice(workerId, site, next, at, version + 1);
    }
}
