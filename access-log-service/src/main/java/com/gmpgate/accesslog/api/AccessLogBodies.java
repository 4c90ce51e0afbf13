package com.gmpgate.accesslog.api;

import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.gate.GateScan;
import com.gmpgate.gate.OfflineScan;
import com.gmpgate.gate.OfflineSync;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Request bodies of access-log-service, read strictly and validated before any use case runs. */
final class AccessLogBodies {

    /** 200 entries of real passes are about 150 KB; this leaves room for junk the guard scanned. */
    static final int MAX_BATCH_BYTES = 512 * 1024;
    static final int MAX_TOKEN_LENGTH = 8_192;

    private AccessLogBodies() {
    }

    /** {@code POST /v1/access-log/entries/batch}: what an offline gate queued. */
    record Batch(List<Entry> entries) implements Validatable {

        record Entry(String scanId, String token, String gateId, Direction direction, String scannedAt) {
            OfflineScan toScan() {
                return new OfflineScan(scanId, token, gateId, direction, parseTime(scannedAt).orElseThrow());
            }
        }

        @Override
        public void validate(Violations v) {
            if (!v.required("entries", entries)) {
                return;
            }
            v.size("entries", entries, 1, OfflineSync.MAX_ENTRIES);
            for (int i = 0; i < entries.size() && i < OfflineSync.MAX_ENTRIES; i++) {
                String at = "entries[" + i + "].";
                Entry e = entries.get(i);
                if (e == null) {
                    v.add("entries[" + i + "]", "REQUIRED", "entries[" + i + "] must be an object.");
                    continue;
                }
                if (v.required(at + "scanId", e.scanId())) {
                    v.matches(at + "scanId", e.scanId(), GateScan.SCAN_ID,
                            "must be 1 to 128 letters, digits, '_', '.', ':' or '-'.");
                }
                if (v.required(at + "token", e.token())) {
                    v.length(at + "token", e.token(), 1, MAX_TOKEN_LENGTH);
                }
                if (v.required(at + "gateId", e.gateId())) {
                    v.matches(at + "gateId", e.gateId(), GateScan.GATE_ID,
                            "must be 1 to 64 letters, digits, '_', '.' or '-'.");
                }
                v.required(at + "direction", e.direction());
                if (v.required(at + "scannedAt", e.scannedAt()) && parseTime(e.scannedAt()).isEmpty()) {
                    v.add(at + "scannedAt", "INVALID", at + "scannedAt must be an RFC 3339 date-time.");
                }
            }
        }

        List<OfflineScan> scans() {
            return entries.stream().map(Entry::toScan).toList();
        }
    }

    static Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
