package com.gmpgate.ai.application;

import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.port.ImageStore;
import com.gmpgate.port.ImageStore.PresignedRequest;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Grants a worker one photo upload: a fresh key in their own namespace and a presigned PUT that fixes the content
 * type and length, so the storage service refuses another type or a larger body.
 */
public final class UploadService {

    private final ImageStore images;
    private final AiSettings settings;
    private final Supplier<UUID> ids;

    public UploadService(ImageStore images, AiSettings settings, Supplier<UUID> ids) {
        this.images = images;
        this.settings = settings;
        this.ids = ids;
    }

    public record UploadGrant(String imageKey, PresignedRequest request) {
    }

    /** @param contentLength already checked against the upload limit by the caller's request validation */
    public UploadGrant grant(Worker worker, ImageFormat format, long contentLength) {
        String key = ImageKeys.newKey(worker.siteId(), worker.userId(), format, ids.get()).value();
        return new UploadGrant(key, images.presignPut(key, format.contentType(), contentLength,
                settings.uploadUrlTtl()));
    }
}
