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
     * larger body is refused by the storage service. So is {@code If-None-Match: *} where the storage service
     * honours it (S3 does; S3Proxy 2.6.0 ignores it): the key can then be written once, and a replay of the URL
     * within its lifetime is refused (412).
     */
    PresignedRequest presignPut(String key, String contentType, long contentLength, Duration validFor);

    /** A short-lived URL for a reviewer to look at the photo. */
    PresignedRequest presignGet(String key, Duration validFor);

    /** Reads at most {@code maxBytes}; an object larger than that is refused with {@link ImageTooLargeException}. */
    default Optional<StoredImage> read(String key, long maxBytes) {
        return read(key, maxBytes, Optional.empty());
    }

    /**
     * Reads the object as it was when {@code pinned} ({@link StoredImage#version()} of an earlier read) was
     * taken: that very version where the store keeps versions (S3 with versioning), else only if it has not been
     * replaced since — a replaced one is refused with {@link ImageReplacedException}, never read.
     */
    Optional<StoredImage> read(String key, long maxBytes, Optional<String> pinned);

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

    /** @param version which write of the key this is (opaque: S3's ETag and version id), to pin a later read to */
    record StoredImage(String key, String contentType, byte[] bytes, String version) {
        public StoredImage {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(version, "version");
        }
    }

    /** The object was written again after the version a read was pinned to (a replayed upload URL). */
    class ImageReplacedException extends StoreException {
        public ImageReplacedException(String key) {
            super("object " + key + " was replaced after it was first read");
        }
    }

    class ImageTooLargeException extends StoreException {
        public ImageTooLargeException(String key, long maxBytes) {
            super("object " + key + " is larger than " + maxBytes + " bytes");
        }
    }
}
