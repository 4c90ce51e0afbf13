package com.gmpgate.gate;

import com.gmpgate.domain.gate.Direction;
import java.time.Instant;
import java.util.Objects;

/** One scan an offline gate kept and now sends: what it read, where, which way, and when. */
public record OfflineScan(String scanId, String token, String gateId, Direction direction, Instant scannedAt) {
    public OfflineScan {
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(scannedAt, "scannedAt");
    }
}
