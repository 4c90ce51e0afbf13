package com.gmpgate.fakes;

import com.gmpgate.port.ImageStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ImageStore} in memory, with the S3 adapter's semantics: presigned URLs name the key and expire (the
 * signature is fake, the URL is never fetched), the upload's content type and length are what the PUT must carry,
 * a read is bounded. Tests put objects as a phone's PUT would have. Thread-safe.
 */
public final class InMemoryImageStore implements ImageStore {

    public static final String BASE_URL = "https://images.example.test/";

    private final Map<String, StoredImage> objects = new LinkedHashMap<>();
    private long writes;
    private final Clock clock;
    private final Outage outage = new Outage();

    public InMemoryImageStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized PresignedRequest presignPut(String key, String contentType, long contentLength,
                                                    Duration validFor) {
        outage.check();
        if (contentLength < 1) {
            throw new IllegalArgumentException("contentLength must be positive: " + contentLength);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("content-length", Long.toString(contentLength));
        return new PresignedRequest(url(key, "PUT", validFor), "PUT", headers, clock.instant().plus(validFor));
    }

    @Override
    public synchronized PresignedRequest presignGet(String key, Duration validFor) {
        outage.check();
        return new PresignedRequest(url(key, "GET", validFor), "GET", Map.of(), clock.instant().plus(validFor));
    }

    @Override
    public synchronized Optional<StoredImage> read(String key, long maxBytes, Optional<String> pinned) {
        outage.check();
        StoredImage image = objects.get(key);
        // as S3Proxy: no versions kept, so a pinned read of a replaced object is refused
        if (image != null && pinned.isPresent() && !pinned.get().equals(image.version())) {
            throw new ImageReplacedException(key);
        }
        if (image != null && image.bytes().length > maxBytes) {
            throw new ImageTooLargeException(key, maxBytes);
        }
        return Optional.ofNullable(image);
    }

    @Override
    public synchronized void delete(String key) {
        outage.check();
        objects.remove(key);
    }

    /** Also what a phone's PUT through the presigned URL leaves in the bucket, for tests. */
    @Override
    public synchronized void put(String key, String contentType, byte[] bytes) {
        outage.check();
        objects.put(key, new StoredImage(key, contentType, bytes.clone(), "\"write-" + (++writes) + "\""));
    }

    public synchronized boolean contains(String key) {
        return objects.containsKey(key);
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private String url(String key, String method, Duration validFor) {
        return BASE_URL + key + "?X-Method=" + method + "&X-Expires=" + validFor.toSeconds() + "&X-Signature=fake";
    }
}
