package com.gmpgate.accesslog.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Which part of a site's log: one plant-local day, optionally one gate or one worker. */
public record LogFilter(LocalDate date, Optional<String> gateId, Optional<String> workerId) {
    public LogFilter {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(gateId, "gateId");
        Objects.requireNonNull(workerId, "workerId");
    }
}
