package com.gmpgate.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as a bus carries it, in EventBridge's terms: who sent it ({@code source}), what it is
 * ({@code detail-type}) and its JSON {@code detail}. The in-process bus hands listeners exactly what PutEvents
 * would have sent, so a rule's pattern matches the same fields locally and in AWS.
 */
public record BusEvent(String source, String detailType, String detail, Instant time) {
    public BusEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(time, "time");
    }
}
