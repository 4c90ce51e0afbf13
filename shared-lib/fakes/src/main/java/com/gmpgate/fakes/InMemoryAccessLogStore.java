package com.gmpgate.fakes;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.Stored;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@link AccessLogStore} in memory, with the DynamoDB adapter's semantics: one entry per (site, scanId), a repeat
 * of the same scan (same worker, gate, direction and pass) returns the first entry with {@code created=false}, a
 * scan id reused for another scan is a conflict; listings newest first, paged with cursors bound to the listing.
 * Thread-safe.
 */
public final class InMemoryAccessLogStore implements AccessLogStore {

    private static final Comparator<AccessLogEntry> NEWEST_FIRST =
            Comparator.comparing(AccessLogEntry::at).thenComparing(AccessLogEntry::id).reversed();

    private final Map<String, AccessLogEntry> byScan = new LinkedHashMap<>();
    private final Cursors cursors = new Cursors();
    private final Outage outage = new Outage();

    @Override
    public synchronized Stored<AccessLogEntry> append(AccessLogEntry entry) {
        outage.check();
        AccessLogEntry first = byScan.putIfAbsent(key(entry.siteId(), entry.scanId()), entry);
        if (first == null) {
            return new Stored<>(entry, true);
        }
        if (!first.sameScanAs(entry)) {
            throw new IdempotencyConflictException("scanId", entry.scanId());
        }
        return new Stored<>(first, false);
    }

    @Override
    public synchronized Optional<AccessLogEntry> findByScanId(String siteId, String scanId) {
        outage.check();
        return Optional.ofNullable(byScan.get(key(siteId, scanId)));
    }

    @Override
    public synchronized Page<AccessLogEntry> listBySiteDate(String siteId, LocalDate date, Optional<String> gateId,
            Optional<String> workerId, PageRequest page) {
        outage.check();
        String listing = "accessLog/" + siteId + "/" + date + "/" + gateId.orElse("") + "/" + workerId.orElse("");
        return page(listing, byScan.values().stream()
                .filter(e -> e.siteId().equals(siteId) && e.siteDate().equals(date))
                .filter(e -> gateId.isEmpty() || e.gateId().equals(gateId.get()))
                .filter(e -> workerId.isEmpty() || e.workerId().equals(workerId)), page);
    }

    @Override
    public synchronized Optional<AccessLogEntry> findEntry(String siteId, LocalDate siteDate, String entryId,
            Instant from, Instant to) {
        outage.check();
        return byScan.values().stream()
                .filter(e -> e.siteId().equals(siteId) && e.siteDate().equals(siteDate) && e.id().equals(entryId))
                .filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to))
                .findFirst();
    }

    /** Replaces a stored entry as is: a test's stand-in for someone editing the table. */
    public synchronized void overwrite(AccessLogEntry entry) {
        byScan.put(key(entry.siteId(), entry.scanId()), entry);
    }

    @Override
    public synchronized Page<AccessLogEntry> listByWorker(String workerId, PageRequest page) {
        outage.check();
        return page("accessLog/byWorker/" + workerId,
                byScan.values().stream().filter(e -> e.workerId().equals(Optional.of(workerId))), page);
    }

    /** Every entry, in the order appended, for assertions. */
    public synchronized List<AccessLogEntry> all() {
        return List.copyOf(byScan.values());
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private Page<AccessLogEntry> page(String listing, Stream<AccessLogEntry> entries, PageRequest page) {
        Optional<String> after = page.cursor().map(cursor -> cursors.open(cursor, listing));
        Predicate<AccessLogEntry> pastCursor = e -> after.isEmpty() || sortKey(e).compareTo(after.get()) < 0;
        List<AccessLogEntry> rest = entries.sorted(NEWEST_FIRST).filter(pastCursor).toList();
        List<AccessLogEntry> items = rest.subList(0, Math.min(page.limit(), rest.size()));
        Optional<String> next = rest.size() > items.size()
                ? Optional.of(cursors.issue(listing, sortKey(items.get(items.size() - 1))))
                : Optional.empty();
        return new Page<>(items, next);
    }

    /** Text order = time order, then id: what the listing is sorted by, newest (largest) first. */
    private static String sortKey(AccessLogEntry entry) {
        return String.format("%020d%09d", entry.at().getEpochSecond(), entry.at().getNano()) + '\u0000' + entry.id();
    }

    private static String key(String siteId, String scanId) {
        return siteId + '\u0000' + scanId;
    }
}
