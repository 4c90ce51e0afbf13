package com.gmpgate.domain.gate;

/** How an access-log entry came about. */
public enum EntryKind {
    /** A QR pass scanned at the gate (online, or offline and synced later). */
    SCAN,
    /** The guard looked the worker up by name (a dead phone); their stored pass was checked as a scan would be. */
    MANUAL,
    /**
     * The guard's one-tap fix of an anti-passback refusal: the exit that was never scanned (before a new entry),
     * or an exit with no entry on record; the entry's note says why.
     */
    CORRECTION
}
