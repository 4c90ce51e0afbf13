package com.gmpgate.domain.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * A FAIL for a gastro-intestinal symptom (vomiting, diarrhoea, jaundice), as the outbreak watch keeps it: the
 * submission, the worker's department and when — not the symptom, not the worker.
 */
public record GastroFail(String siteId, String submissionId, String department, Instant occurredAt) {
    public GastroFail {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
