package com.gmpgate.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Wound photos in the private images bucket. Uploads go straight from the phone through a presigned PUT. */
public interface ImageStore {
    /**
     * A URL the phone PUTs the photo to. The content type and length are signed: another type or a
     * larger body is refused by the storage service.
     */
    PresignedRequest presignPut(String key, String contentType, long contentLength, Duration validFor);

    /** A short-lived URL for a reviewer to look at the photo. */
    PresignedRequest presignGet(String key, Duration validFor);

    /** Reads at most {@code maxBytes}; an object larger than that is refused with {@link ImageTooLargeException}. */
    Optional<StoredImage> read(String key, long maxBytes);

    void delete(String key);

    /**
     * Stores bytes the service made itself (the re-encoded photo without metadata). Photos from phones never pass
     * through here: they go straight to storage through {@link #presignPut}.
     */
    void put(String key, String contentType, byte[] bytes);

    record PresignedRequest(String url, String method, Map<String, String> headers, Instant expiresAt) {
        public PresignedRequest {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(method, "method");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    record StoredImage(String key, String contentType, byte[] bytes) {
        public StoredImage {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    class ImageTooLargeException extends StoreException {
        public ImageTooLargeException(String key, long maxBytes) {
            super("object " + key + " is larger than " + maxBytes + " bytes");
        }
    }
}
