package com.gmpgate.domain.checklist;

import java.util.Locale;
import java.util.Optional;

/** The photo types a worker may upload (DESIGN.md §4): what the presigned PUT signs and the key's extension. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    ImageFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Exactly one of the three media types, case-insensitive, without parameters. */
    public static Optional<ImageFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String wanted = contentType.trim().toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.contentType.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static Optional<ImageFormat> ofExtension(String extension) {
        for (ImageFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
