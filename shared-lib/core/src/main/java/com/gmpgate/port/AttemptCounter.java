package com.gmpgate.port;

import java.time.Instant;

/**
 * Counters that several Lambda instances share (login throttling, lockouts): one per key, forgotten after it
 * expires. Keys name their own window (e.g. {@code <what>#<window start>}), so an expired counter is simply never
 * asked for again.
 */
public interface AttemptCounter {

    /** Adds one, atomically, and returns the new count; the counter lives until {@code expiresAt}. */
    long increment(String key, Instant expiresAt);

    /** The count, 0 when there is none. */
    long count(String key);

    /** Forgets the counter. */
    void reset(String key);
}
