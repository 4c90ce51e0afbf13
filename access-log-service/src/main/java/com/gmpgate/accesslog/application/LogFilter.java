package com.gmpgate.accesslog.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of a site's log: one plant-local day, optionally one gate, one worker, or the workers whose name
 * contains {@code name} (what a supervisor types: "김위생", not an internal id).
 */
public record LogFilter(LocalDate date, Optional<String> gateId, Optional<String> workerId, Optional<String> name) {

    public static final int MAX_NAME_LENGTH = 50;

    public LogFilter(LocalDate date, Optional<String> gateId, Optional<String> workerId) {
        this(date, gateId, workerId, Optional.empty());
    }

    public LogFilter {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(name, "name");
    }

    /** The name as matched: spaces dropped, case folded, so "김 위생" finds 김위생. */
    public static String folded(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
