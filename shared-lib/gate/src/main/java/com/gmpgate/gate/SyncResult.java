package com.gmpgate.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one entry of an offline batch: its gate outcome, or why it was not taken at all (nothing was
 * logged for it; sending it again gets the same answer).
 *
 * @param notTaken {@code SCANNED_AT_IN_FUTURE}, {@code SCANNED_AT_TOO_OLD} or {@code IDEMPOTENCY_CONFLICT}
 */
public record SyncResult(String scanId, Optional<GateOutcome> outcome, Optional<String> notTaken) {
    public SyncResult {
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(notTaken, "notTaken");
        if (outcome.isPresent() == notTaken.isPresent()) {
            throw new IllegalArgumentException("an entry is either checked or not taken");
        }
    }

    static SyncResult checked(String scanId, GateOutcome outcome) {
        return new SyncResult(scanId, Optional.of(outcome), Optional.empty());
    }

    static SyncResult notTaken(String scanId, String why) {
        return new SyncResult(scanId, Optional.empty(), Optional.of(why));
    }
}
