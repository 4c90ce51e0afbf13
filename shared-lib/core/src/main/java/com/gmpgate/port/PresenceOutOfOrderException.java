package com.gmpgate.port;

/**
 * A scan older than the last one that moved the worker (or confirmed where they were): an offline gate's scan
 * synced after newer ones. Presence moves only forward in scan time, so this scan leaves it as it is; it is still
 * logged, as the record of what happened at the gate.
 */
public class PresenceOutOfOrderException extends ConflictException {
    public PresenceOutOfOrderException() {
        super("a later scan of this worker has already been applied");
    }
}
