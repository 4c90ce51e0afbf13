package com.gmpgate.ai.application;

import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.port.ImageStore;
import com.gmpgate.port.ImageStore.PresignedRequest;
import com.gmpgate.port.QuotaStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Grants a worker one photo upload: a fresh key in their own namespace and a presigned PUT that fixes the content
 * type and length, so the storage service refuses another type or a larger body. Each grant takes one unit of the
 * worker's daily upload quota first (one conditional write), so no one can fill the bucket with 5 MB PUTs.
 */
public final class UploadService {

    /** Kept a day past its site day, so a late request near midnight still finds the counter. */
    private static final Duration QUOTA_KEPT = Duration.ofDays(2);

    private final ImageStore images;
    private final QuotaStore quotas;
    private final AiSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public UploadService(ImageStore images, QuotaStore quotas, AiSettings settings, Clock clock, Supplier<UUID> ids) {
        this.images = images;
        this.quotas = quotas;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
    }

    public record UploadGrant(String imageKey, PresignedRequest request) {
    }

    /**
     * @param contentLength already checked against the upload limit by the caller's request validation
     * @throws DailyLimitReachedException when the worker has had the day's grants
     */
    public UploadGrant grant(Worker worker, ImageFormat format, long contentLength) {
        LocalDate siteDate = LocalDate.ofInstant(clock.instant(), settings.siteZone());
        Instant nextDay = siteDate.plusDays(1).atStartOfDay(settings.siteZone()).toInstant();
        if (!quotas.tryTake(quotaId(worker, siteDate), settings.dailyUploadLimit(), nextDay.plus(QUOTA_KEPT))) {
            throw new DailyLimitReachedException(DailyLimitReachedException.Allowance.UPLOADS,
                    settings.dailyUploadLimit(), nextDay);
        }
        String key = ImageKeys.newKey(worker.siteId(), worker.userId(), format, ids.get()).value();
        return new UploadGrant(key, images.presignPut(key, format.contentType(), contentLength,
                settings.uploadUrlTtl()));
    }

    static String quotaId(Worker worker, LocalDate siteDate) {
        return "uploads#" + worker.userId() + "#" + siteDate;
    }
}
