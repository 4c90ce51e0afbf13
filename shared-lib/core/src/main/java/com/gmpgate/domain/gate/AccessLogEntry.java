package com.gmpgate.domain.gate;

import java.time.Instant;
import java.time.LocalDate;
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
        Optional<String> note) {

    /** Longest note kept: a line, not a report. */
    public static final int MAX_NOTE_LENGTH = 200;

    /** A scanned entry, online or offline. */
    public AccessLogEntry(String id, String siteId, String scanId, Instant at, LocalDate siteDate,
            Optional<String> workerId, Optional<String> workerName, String gateId, Direction direction,
            GateResult result, Optional<GateRejection> reason, Optional<String> passId, String scannedBy,
            boolean offline, Instant recordedAt, boolean outOfOrder) {
        this(id, siteId, scanId, at, siteDate, workerId, workerName, gateId, direction, result, reason, passId,
                scannedBy, offline, recordedAt, outOfOrder, EntryKind.SCAN, Optional.empty());
    }

    /** An entry that took its place in scan time (every online scan, most offline ones). */
    public AccessLogEntry(String id, String siteId, String scanId, Instant at, LocalDate siteDate,
            Optional<String> workerId, Optional<String> workerName, String gateId, Direction direction,
            GateResult result, Optional<GateRejection> reason, Optional<String> passId, String scannedBy,
            boolean offline, Instant recordedAt) {
        this(id, siteId, scanId, at, siteDate, workerId, workerName, gateId, direction, result, reason, passId,
                scannedBy, offline, recordedAt, false, EntryKind.SCAN, Optional.empty());
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
    }
}
