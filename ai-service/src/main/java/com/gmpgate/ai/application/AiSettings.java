package com.gmpgate.ai.application;

import java.time.Duration;
import java.time.ZoneId;

/**
 * @param dailyLimit          analyses a worker may start per site day (each one may cost a model call)
 * @param dailyUploadLimit    upload grants (presigned PUTs of up to 5 MB) a worker may get per site day
 * @param confidenceThreshold below it a valid assessment still goes to a supervisor (RULES.md: default 0.7)
 * @param siteZone            the plants' time zone, which decides the site day
 * @param uploadUrlTtl        how long a presigned PUT is valid
 * @param reviewUrlTtl        how long an admin's presigned GET of the photo is valid
 */
public record AiSettings(int dailyLimit, int dailyUploadLimit, double confidenceThreshold, ZoneId siteZone, Duration uploadUrlTtl,
                         Duration reviewUrlTtl) {

    public static final AiSettings DEFAULT = new AiSettings(20, 30, 0.7, ZoneId.of("Asia/Seoul"), Duration.ofMinutes(5),
            Duration.ofMinutes(5));

    public AiSettings {
        if (dailyLimit < 1 || dailyUploadLimit < 1) {
            throw new IllegalArgumentException("dailyLimit and dailyUploadLimit must be at least 1");
        }
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException("confidenceThreshold must be within 0..1");
        }
        if (uploadUrlTtl.compareTo(Duration.ofSeconds(30)) < 0 || uploadUrlTtl.compareTo(Duration.ofMinutes(15)) > 0
                || reviewUrlTtl.compareTo(Duration.ofSeconds(30)) < 0
                || reviewUrlTtl.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("presigned URLs live between 30 s and 15 min");
        }
    }
}
