package com.gmpgate.gate;

import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One scan of a QR pass at a gate, to be checked and logged.
 *
 * @param siteId    the gate's site: the admin's own, from the authorizer
 * @param scannedBy the admin running the scanner
 * @param scanId    the scanner's id for this scan; the log keeps each once, however often it is sent
 * @param token     what the QR code said; anything at all, it is checked here
 * @param at        when the scan happened: the server's clock online, the gate's {@code scannedAt} offline
 * @param offline   scanned while the gate was offline and synced later
 * @param kind      a QR scan, or the guard's manual entry / correction (which checks the stored pass's token)
 * @param note      the guard's reason, for a manual entry or a correction
 */
public record GateScan(String siteId, String scannedBy, String scanId, String token, String gateId,
        Direction direction, Instant at, boolean offline, EntryKind kind, Optional<String> note) {

    /** Gate ids as the admin app configures them (VITE_GATE_IDS). */
    public static final Pattern GATE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** UUIDs in practice; anything short and printable that cannot break a key or a CSV cell. */
    public static final Pattern SCAN_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    /** A QR scan. */
    public GateScan(String siteId, String scannedBy, String scanId, String token, String gateId, Direction direction,
            Instant at, boolean offline) {
        this(siteId, scannedBy, scanId, token, gateId, direction, at, offline, EntryKind.SCAN, Optional.empty());
    }

    public GateScan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(scannedBy, "scannedBy");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        if (scanId == null || !SCAN_ID.matcher(scanId).matches()) {
            throw new IllegalArgumentException("scanId must match " + SCAN_ID);
        }
        if (gateId == null || !GATE_ID.matcher(gateId).matches()) {
            throw new IllegalArgumentException("gateId must match " + GATE_ID);
        }
    }
}
