package com.gmpgate.port;

import com.gmpgate.domain.audit.AuditEntry;
import java.time.Instant;

/** A site's audit trail: append-only, listed by time. */
public interface AuditTrail {

    /** Adds an entry; an entry of the same id already there is left as it was (a retried write). */
    void append(AuditEntry entry);

    /** The site's entries with {@code from <= at < to}, oldest first. */
    Page<AuditEntry> list(String siteId, Instant from, Instant to, PageRequest page);
}
