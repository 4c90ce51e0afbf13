package com.gmpgate.fakes;

import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The audit trail in memory: append-only, a retried entry (same id) kept once, listed by time. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        if (entries.stream().noneMatch(e -> e.siteId().equals(entry.siteId()) && e.id().equals(entry.id()))) {
            entries.add(entry);
        }
    }

    @Override
    public synchronized Page<AuditEntry> list(String siteId, Instant from, Instant to, PageRequest page) {
        List<AuditEntry> matching = entries.stream()
                .filter(e -> e.siteId().equals(siteId) && !e.at().isBefore(from) && e.at().isBefore(to))
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id))
                .toList();
        int start = page.cursor().map(Integer::parseInt).orElse(0);
        int end = Math.min(matching.size(), start + page.limit());
        return new Page<>(matching.subList(start, end),
                end < matching.size() ? Optional.of(Integer.toString(end)) : Optional.empty());
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
