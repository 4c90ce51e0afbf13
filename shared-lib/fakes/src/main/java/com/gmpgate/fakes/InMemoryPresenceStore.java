package com.gmpgate.fakes;

import com.gmpgate.domain.gate.Presence;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import com.gmpgate.port.PresenceStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link PresenceStore} in memory, with the DynamoDB adapter's semantics: one item per (site, worker), IN only
 * when outside, OUT only when inside, each move at most once per scan id (a repeated scan finds its own id on the
 * item and succeeds without moving anyone), and only forward in scan time: the item keeps the time of the last scan
 * that moved or confirmed the worker, and an older one changes nothing. Thread-safe: every operation holds the
 * store's lock, as a conditional update is atomic per item.
 */
public final class InMemoryPresenceStore implements PresenceStore {

    /** @param lastAt the time of the last scan that moved the worker or was refused for anti-passback */
    private record Item(boolean inside, Presence stay, String inScanId, String outScanId, Instant lastAt) {
    }

    private final Map<String, Item> items = new HashMap<>();
    private final Outage outage = new Outage();
    private final AtomicInteger moves = new AtomicInteger();

    @Override
    public synchronized Presence enter(String siteId, String workerId, String gateId, String passId, String scanId,
            Instant at, List<Condition> conditions) {
        outage.check();
        Item item = items.get(key(siteId, workerId));
        if (item != null && scanId.equals(item.inScanId())) {
            return item.stay();
        }
        requireInOrder(item, at);
        if (item != null && item.inside()) {
            items.put(key(siteId, workerId), new Item(true, item.stay(), item.inScanId(), item.outScanId(), at));
            throw new PresenceConflictException(true);
        }
        Presence stay = new Presence(siteId, workerId, at, gateId, passId, conditions);
        items.put(key(siteId, workerId), new Item(true, stay, scanId,
                item == null ? null : item.outScanId(), at));
        moves.incrementAndGet();
        return stay;
    }

    @Override
    public synchronized Presence exit(String siteId, String workerId, String gateId, String scanId, Instant at) {
        outage.check();
        Item item = items.get(key(siteId, workerId));
        if (item != null && scanId.equals(item.outScanId())) {
            return item.stay();
        }
        requireInOrder(item, at);
        if (item == null || !item.inside()) {
            items.put(key(siteId, workerId), new Item(false, item == null ? null : item.stay(),
                    item == null ? null : item.inScanId(), item == null ? null : item.outScanId(), at));
            throw new PresenceConflictException(false);
        }
        items.put(key(siteId, workerId), new Item(false, item.stay(), item.inScanId(), scanId, at));
        moves.incrementAndGet();
        return item.stay();
    }

    private static void requireInOrder(Item item, Instant at) {
        if (item != null && item.lastAt() != null && item.lastAt().isAfter(at)) {
            throw new PresenceOutOfOrderException();
        }
    }

    @Override
    public synchronized Optional<Presence> find(String siteId, String workerId) {
        outage.check();
        return Optional.ofNullable(items.get(key(siteId, workerId))).filter(Item::inside).map(Item::stay);
    }

    @Override
    public synchronized List<Presence> listInside(String siteId) {
        outage.check();
        return items.values().stream()
                .filter(Item::inside)
                .map(Item::stay)
                .filter(p -> p.siteId().equals(siteId))
                .sorted(Comparator.comparing(Presence::since).thenComparing(Presence::workerId))
                .toList();
    }

    /** How many times anyone was moved in or out: a repeated scan must not count. */
    public int moves() {
        return moves.get();
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private static String key(String siteId, String workerId) {
        return siteId + '\u0000' + workerId;
    }
}
