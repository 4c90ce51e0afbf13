package com.gmpgate.domain.gate;

import java.time.Instant;
import java.util.Objects;

/** A worker inside the production area now: since when, and through which gate. */
public record Presence(String siteId, String workerId, Instant since, String gateId, String passId) {
    public Presence {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(passId, "passId");
    }
}
