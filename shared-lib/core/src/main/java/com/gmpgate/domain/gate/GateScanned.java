package com.gmpgate.domain.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A scan was logged at a gate (online, or an offline scan synced later): the admin screens that show the log and
 * who is inside refetch on it. Like {@code ChecklistEvaluated} it carries ids and outcome only — no name, no
 * condition — since events travel to buses and logs that are not the plant's record.
 *
 * @param logId the access-log entry written
 * @param at when the scan happened (an offline scan's own time)
 */
public record GateScanned(
        String logId,
        String siteId,
        LocalDate siteDate,
        Optional<String> workerId,
        String gateId,
        Direction direction,
        GateResult result,
        Optional<GateRejection> reason,
        Instant at,
        boolean offline) {

    /** The event's name on the bus (EventBridge {@code detail-type}). */
    public static final String TYPE = "GateScanned";

    public GateScanned {
        Objects.requireNonNull(logId, "logId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(siteDate, "siteDate");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    public static GateScanned of(AccessLogEntry entry) {
        return new GateScanned(entry.id(), entry.siteId(), entry.siteDate(), entry.workerId(), entry.gateId(),
                entry.direction(), entry.result(), entry.reason(), entry.at(), entry.offline());
    }
}
