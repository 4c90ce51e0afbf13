package com.gmpgate.checklist.application;

import com.gmpgate.domain.retention.Retention;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The plant-wide settings the use cases need.
 *
 * @param siteZone        the plants' time zone: the site day of a submission (lockout, listings)
 * @param passLifetime    a pass expires this long after it is issued (end of shift)
 * @param retention       the raw health answers are deleted after their site's answer retention; the verdict record
 *                        stays for the record retention
 * @param passIssuer      the pass token's {@code iss}
 */
public record ChecklistSettings(ZoneId siteZone, Duration passLifetime, Retention retention, String passIssuer) {

    public static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");
    public static final Duration DEFAULT_PASS_LIFETIME = Duration.ofHours(12);

    public ChecklistSettings {
        Objects.requireNonNull(siteZone, "siteZone");
        Objects.requireNonNull(passIssuer, "passIssuer");
        if (passLifetime.isNegative() || passLifetime.isZero() || passLifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("a pass lives more than 0 and at most 24 hours: " + passLifetime);
        }
        Objects.requireNonNull(retention, "retention");
    }
}
