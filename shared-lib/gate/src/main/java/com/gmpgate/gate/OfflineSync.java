package com.gmpgate.gate;

import com.gmpgate.port.IdempotencyConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /v1/access-log/entries/batch}: scans an offline gate kept, each re-checked as of its own
 * {@code scannedAt} (signature, nbf/exp and revocation at that moment), flagged offline, and logged once per scan
 * id however often and however concurrently the batch is sent again — {@link GateCheck} does each entry.
 *
 * <p>Entries run in {@code scannedAt} order (an IN before the OUT that followed it, whatever order they were
 * queued in), one after another; the answers come back in the order sent.
 */
public final class OfflineSync {

    public static final int MAX_ENTRIES = 200;
    /** A gate's clock may run a little ahead of ours; more than this is a wrong clock, not a scan. */
    public static final Duration FUTURE_SKEW = Duration.ofMinutes(2);
    /** Passes last 12 h and keys rotate after that: a scan older than this cannot be re-checked honestly. */
    public static final Duration MAX_AGE = Duration.ofDays(7);

    private final GateCheck gate;
    private final Clock clock;

    public OfflineSync(GateCheck gate, Clock clock) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws IllegalArgumentException beyond {@value #MAX_ENTRIES} entries (the handler refuses those first) */
    public List<SyncResult> sync(String siteId, String scannedBy, List<OfflineScan> scans) {
        if (scans.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries per batch");
        }
        Instant now = clock.instant();
        Integer[] order = new Integer[scans.size()];
        Arrays.setAll(order, i -> i);
        // stable: entries scanned in the same instant keep the order they were sent in
        Arrays.sort(order, Comparator.comparing(i -> scans.get(i).scannedAt()));
        SyncResult[] results = new SyncResult[scans.size()];
        for (int i : order) {
            results[i] = one(siteId, scannedBy, scans.get(i), now);
        }
        return List.of(results);
    }

    private SyncResult one(String siteId, String scannedBy, OfflineScan scan, Instant now) {
        if (scan.scannedAt().isAfter(now.plus(FUTURE_SKEW))) {
            return SyncResult.notTaken(scan.scanId(), "SCANNED_AT_IN_FUTURE");
        }
        if (scan.scannedAt().isBefore(now.minus(MAX_AGE))) {
            return SyncResult.notTaken(scan.scanId(), "SCANNED_AT_TOO_OLD");
        }
        try {
            return SyncResult.checked(scan.scanId(), gate.scan(new GateScan(siteId, scannedBy, scan.scanId(),
                    scan.token(), scan.gateId(), scan.direction(), scan.scannedAt(), true)));
        } catch (IdempotencyConflictException e) {
            return SyncResult.notTaken(scan.scanId(), "IDEMPOTENCY_CONFLICT");
        }
    }
}
