package com.gmpgate.port;

import com.gmpgate.domain.gate.Presence;
import com.gmpgate.domain.verdict.Condition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is inside. Each call is one conditional update on the worker's presence item, so of many
 * concurrent IN scans for one worker exactly one succeeds (anti-passback).
 *
 * <p><b>Forward in scan time only.</b> The item keeps the time {@code at} of the last scan that moved the worker
 * or was refused for anti-passback (which confirms where they were). A scan older than that changes nothing and
 * says so ({@link PresenceOutOfOrderException}): an offline OUT synced after a newer IN does not remove a worker
 * who is inside, an offline IN synced after a newer OUT does not list them inside. So, whatever the order in
 * which scans arrive (and however concurrently), the worker ends where the latest scan in scan time put them.
 * Scans of the same instant are taken in the order they arrive.
 *
 * <p>Both moves are idempotent per scan: the item remembers the scan id of its last IN and of its last
 * OUT, and the same scan arriving again (a retried request, an offline gate syncing twice, a duplicate
 * racing the original) finds that and returns as if it had moved the worker, without moving anyone. So a
 * scan moves a worker at most once, even when the first attempt died between moving the worker and
 * writing its log entry.
 */
public interface PresenceStore {
    /**
     * Marks the worker inside under the pass's {@code conditions} (with their words), or finds that scan
     * {@code scanId} already did.
     *
     * @throws PresenceConflictException ({@code alreadyInside()}) when the worker is inside through another scan
     * @throws PresenceOutOfOrderException when a scan later than {@code at} has already moved or confirmed them
     */
    Presence enter(String siteId, String workerId, String gateId, String passId, String scanId, Instant at,
            List<Condition> conditions) throws PresenceConflictException, PresenceOutOfOrderException;

    /** Marks the worker inside under no conditions; see the other {@code enter}. */
    default Presence enter(String siteId, String workerId, String gateId, String passId, String scanId, Instant at)
            throws PresenceConflictException, PresenceOutOfOrderException {
        return enter(siteId, workerId, gateId, passId, scanId, at, List.of());
    }

    /**
     * Marks the worker outside, or finds that scan {@code scanId} already did. Returns the presence that
     * ended (for a repeated scan: as far as the item still records it).
     *
     * @throws PresenceConflictException ({@code !alreadyInside()}) when the worker is not inside
     * @throws PresenceOutOfOrderException when a scan later than {@code at} has already moved or confirmed them
     */
    Presence exit(String siteId, String workerId, String gateId, String scanId, Instant at)
            throws PresenceConflictException, PresenceOutOfOrderException;

    Optional<Presence> find(String siteId, String workerId);

    /** Everyone inside the site now, longest inside first. */
    List<Presence> listInside(String siteId);
}
