package com.gmpgate.domain.checklist;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that builds and reads the object keys of uploaded photos:
 * {@code uploads/<siteId>/<workerId>/<uuid>.<ext>}. ai-service makes them when it presigns an upload; ai-service
 * (analyse) and checklist-service (submit) accept a key from a client only when it parses and names the caller's
 * own site and worker id, so nobody can submit or analyse another worker's photo by guessing a key.
 */
public final class ImageKeys {

    public static final String PREFIX = "uploads/";
    /** Where the re-encoded copy of an upload (JPEG, no EXIF/GPS) is kept for reviewers. */
    public static final String SANITIZED_PREFIX = "sanitized/";

    /** Site and user ids as the system makes them (UUIDs, {@code demo-site}): no slash, no leading dot. */
    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";
    private static final Pattern SEGMENT_PATTERN = Pattern.compile(SEGMENT);
    private static final Pattern KEY = Pattern.compile("uploads/(" + SEGMENT + ")/(" + SEGMENT + ")/"
            + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(jpg|png|webp)");
    /** Longer keys are refused before the pattern runs. */
    public static final int MAX_LENGTH = 320;

    private ImageKeys() {
    }

    /** A parsed key. */
    public record ImageKey(String siteId, String workerId, UUID id, ImageFormat format) {
        public ImageKey {
            Objects.requireNonNull(siteId, "siteId");
            Objects.requireNonNull(workerId, "workerId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(format, "format");
        }

        public String value() {
            return PREFIX + siteId + "/" + workerId + "/" + id + "." + format.extension();
        }

        /** The key of this upload's re-encoded copy: {@code sanitized/<siteId>/<workerId>/<uuid>.jpg}. */
        public String sanitizedValue() {
            return SANITIZED_PREFIX + siteId + "/" + workerId + "/" + id + "." + ImageFormat.JPEG.extension();
        }

        public boolean isOwnedBy(String siteId, String workerId) {
            return this.siteId.equals(siteId) && this.workerId.equals(workerId);
        }
    }

    /**
     * A fresh key for a worker's upload.
     *
     * @throws IllegalArgumentException if the site or worker id could not be part of a key
     */
    public static ImageKey newKey(String siteId, String workerId, ImageFormat format, UUID id) {
        requireSegment("siteId", siteId);
        requireSegment("workerId", workerId);
        return new ImageKey(siteId, workerId, id, format);
    }

    /** The key, if it has exactly the shape {@link #newKey} makes; anything else (traversal, other prefixes) is empty. */
    public static Optional<ImageKey> parse(String key) {
        if (key == null || key.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImageKey(m.group(1), m.group(2), UUID.fromString(m.group(3)),
                ImageFormat.ofExtension(m.group(4)).orElseThrow()));
    }

    /** Whether {@code key} is a well-formed key of this worker at this site. */
    public static boolean isOwnedBy(String key, String siteId, String workerId) {
        return parse(key).filter(k -> k.isOwnedBy(siteId, workerId)).isPresent();
    }

    private static void requireSegment(String name, String value) {
        if (value == null || !SEGMENT_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " cannot be part of an image key: " + value);
        }
    }
}
