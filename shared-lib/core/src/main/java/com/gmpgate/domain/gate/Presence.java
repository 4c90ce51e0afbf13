package com.gmpgate.domain.gate;

import com.gmpgate.domain.verdict.Condition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A worker inside the production area now: since when, through which gate, and under which conditions (the pass's,
 * in the words its record keeps, as the guard was shown them; empty for a pass without any).
 */
public record Presence(String siteId, String workerId, Instant since, String gateId, String passId,
        List<Condition> conditions) {

    /** Inside under no conditions. */
    public Presence(String siteId, String workerId, Instant since, String gateId, String passId) {
        this(siteId, workerId, since, gateId, passId, List.of());
    }

    public Presence {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(passId, "passId");
        conditions = List.copyOf(conditions);
    }
}
