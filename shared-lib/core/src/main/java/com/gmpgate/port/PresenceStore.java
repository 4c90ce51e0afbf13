package com.gmpgate.port;

import com.gmpgate.domain.gate.Presence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is inside. Each call is one conditional update on the worker's presence item, so of many
 * concurrent IN scans for one worker exactly one succeeds (anti-passback).
 */
public interface PresenceStore {
    /** Marks the worker inside; throws when already inside. */
    Presence enter(String siteId, String workerId, String gateId, String passId, Instant at)
            throws PresenceConflictException;

    /** Marks the worker outside; throws when not inside. Returns the presence that ended. */
    Presence exit(String siteId, String workerId, String gateId, Instant at) throws PresenceConflictException;

    Optional<Presence> find(String siteId, String workerId);

    List<Presence> listInside(String siteId);
}
