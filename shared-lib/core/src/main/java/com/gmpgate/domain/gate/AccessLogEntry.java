package com.gmpgate.domain.gate;

import com.gmpgate.domain.verdict.Condition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scan at a gate, accepted or not. Rejections are logged too, with their reason.
 *
 * @param scanId the gate's own id for the scan; the log holds each scan id once however often it is sent
 * @param at when the scan happened (for offline scans: the gate's scannedAt)
 * @param workerId absent when the token could not be read at all
 * @param scannedBy the admin user who ran the scanner
 * @param offline scanned while the gate was offline and synced later
 * @param outOfOrder accepted as of its time, but synced after a later scan of the worker had moved presence on:
 *                   logged as the record, presence left as the later scan put it
 * @param kind a scan, a manual entry by name, or a guard's correction
 * @param note why, in the guard's words or the correction's (manual entries and corrections only)
 * @param conditions on an accepted entry, the conditions the worker came in or went out under: the pass's, in the
 *                   words its record keeps (the submission's own rule pack's), as the guard was shown them; empty
 *                   on a refusal, for a pass without conditions, and on entries logged before they were kept
 */
public record AccessLogEntry(
        String id,
        String siteId,
        String scanId,
        Instant at,
        LocalDate siteDate,
        Optional<String> workerId,
        Optional<String> workerName,
        String gateId,
        Direction direction,
        GateResult result,
        Optional<GateRejection> reason,
        Optional<String> passId,
        String scannedBy,
        boolean offline,
        Instant recordedAt,
        boolean outOfOrder,
        EntryKind kind,
        Optional<String> note,
        List<Condition> conditions) {

    /**
     * Whether {@code other}, sent under this entry's scan id, is the same scan: the same worker, gate, direction and
     * pass. Its result may differ (the worker is inside by the re-send); this first entry is the one that counts.
     */
    public boolean sameScanAs(AccessLogEntry other) {
        return workerId.equals(other.workerId) && gateId.equals(other.gateId) && direction == other.direction
                && passId.equals(other.passId);
    }

    /** Longest note kept: a line, not a report. */
    public static final int MAX_NOTE_LENGTH = 200;

    /** An entry without conditions: a refusal, a pass without any, or the guard's desk. */
    public AccessLogEntry(String id, String siteId, String scanId, Instant at, LocalDate siteDate,
            Optional<String> workerId, Optional<String> workerName, String gateId, Direction direction,
            GateResult result, Optional<GateRejection> reason, Optional<String> passId, String scannedBy,
            boolean offline, Instant recordedAt, boolean outOfOrder, EntryKind kind, Optional<String> note) {
        this(id, siteId, scanId, at, siteDate, workerId, workerName, gateId, direction, result, reason, passId,
                scannedBy, offline, recordedAt, outOfOrder, kind, note, List.of());
    }

    /** A scanned entry, online or offline. */
    public AccessLogEntry(String id, String siteId, String scanId, Instant at, LocalDate siteDate,
            Optional<String> workerId, Optional<String> workerName, String gateId, Direction direction,
            GateResult result, Optional<GateRejection> reason, Optional<String> passId, String scannedBy,
            boolean offline, Instant recordedAt, boolean outOfOrder) {
        this(id, siteId, scanId, at, siteDate, workerId, workerName, gateId, direction, result, reason, passId,
                scannedBy, offline, recordedAt, outOfOrder, EntryKind.SCAN, Optional.empty(), List.of());
    }

    /** An entry that took its place in scan time (every online scan, most offline ones). */
    public AccessLogEntry(String id, String siteId, String scanId, Instant at, LocalDate siteDate,
            Optional<String> workerId, Optional<String> workerName, String gateId, Direction direction,
            GateResult result, Optional<GateRejection> reason, Optional<String> passId, String scannedBy,
            boolean offline, Instant recordedAt) {
        this(id, siteId, scanId, at, siteDate, workerId, workerName, gateId, direction, result, reason, passId,
                scannedBy, offline, recordedAt, false, EntryKind.SCAN, Optional.empty(), List.of());
    }

    public AccessLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(siteDate, "siteDate");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(workerName, "workerName");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(scannedBy, "scannedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if ((result == GateResult.REJECTED) != reason.isPresent()) {
            throw new IllegalArgumentException("a rejected entry has a reason, an accepted one has none");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if (note.filter(n -> n.length() > MAX_NOTE_LENGTH).isPresent()) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH);
        }
        if (outOfOrder && result != GateResult.ACCEPTED) {
            throw new IllegalArgumentException("only an accepted scan can be out of order");
        }
        conditions = List.copyOf(conditions);
        if (!conditions.isEmpty() && result != GateResult.ACCEPTED) {
            throw new IllegalArgumentException("only an accepted entry is made under conditions");
        }
    }
}
