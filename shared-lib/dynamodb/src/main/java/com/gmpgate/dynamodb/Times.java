package com.gmpgate.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as sort keys: fixed width with nine fraction digits, so text order is time order
 * ({@code Instant.toString()} drops zero fractions, and "…00Z" would sort after "…00.5Z").
 */
final class Times {

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant instant) {
        return SORTABLE.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }

    /** DynamoDB TTL: epoch seconds. */
    static long ttl(Instant at) {
        return at.getEpochSecond();
    }

    static long ttl(Instant from, Duration keepFor) {
        return from.plus(keepFor).getEpochSecond();
    }
}
