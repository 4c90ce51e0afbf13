package com.gmpgate.port;

import com.gmpgate.domain.gate.AccessLogEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

public interface AccessLogStore {
    /**
     * Appends the entry once per (site, scanId): a re-sent scan returns the first entry with
     * {@code created=false}, however often and however concurrently it is sent.
     */
    Stored<AccessLogEntry> append(AccessLogEntry entry);

    Optional<AccessLogEntry> findByScanId(String siteId, String scanId);

    /** A site's entries of one day, newest first, optionally of one gate or one worker. */
    Page<AccessLogEntry> listBySiteDate(String siteId, LocalDate date, Optional<String> gateId,
            Optional<String> workerId, PageRequest page);

    /**
     * The entry of this id logged at the site on {@code siteDate} with {@code from <= at <= to}: what a signature
     * names (by entry id, signed a moment after the entry was logged), found without knowing its scan id.
     */
    Optional<AccessLogEntry> findEntry(String siteId, LocalDate siteDate, String entryId, Instant from, Instant to);

    /** A worker's entries, newest first. */
    Page<AccessLogEntry> listByWorker(String workerId, PageRequest page);
}
