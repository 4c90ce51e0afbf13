package com.gmpgate.ai.image;

import java.util.Objects;

/**
 * The photo as the model sees it: a fresh JPEG (no EXIF, no GPS, no ICC profile, no comments), upright, at most
 * {@link ImagePolicy#targetLongSide()} on its long side, transparent parts flattened onto white.
 */
public record PreparedImage(byte[] jpeg, int width, int height, ImageHeader source) {
    public PreparedImage {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(source, "source");
    }
}
