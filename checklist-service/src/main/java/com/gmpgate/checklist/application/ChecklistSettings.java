package com.gmpgate.checklist.application;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The plant-wide settings the use cases need.
 *
 * @param siteZone        the plants' time zone: the site day of a submission (lockout, listings)
 * @param passLifetime    a pass expires this long after it is issued (end of shift)
 * @param answerRetention the raw health answers are deleted this long after submission; the verdict record stays
 * @param passIssuer      the pass token's {@code iss}
 */
public record ChecklistSettings(ZoneId siteZone, Duration passLifetime, Duration answerRetention, String passIssuer) {

    public static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");
    public static final Duration DEFAULT_PASS_LIFETIME = Duration.ofHours(12);
    public static final Duration DEFAULT_ANSWER_RETENTION = Duration.ofDays(30);

    public ChecklistSettings {
        Objects.requireNonNull(siteZone, "siteZone");
        Objects.requireNonNull(passIssuer, "passIssuer");
        if (passLifetime.isNegative() || passLifetime.isZero() || passLifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("a pass lives more than 0 and at most 24 hours: " + passLifetime);
        }
        if (answerRetention.isNegative() || answerRetention.isZero()) {
            throw new IllegalArgumentException("answer retention must be positive: " + answerRetention);
        }
    }
}
