package com.gmpgate.ai.image;

import com.gmpgate.domain.checklist.ImageFormat;

/** What the first bytes of a file say it is, read without decoding a pixel. */
public record ImageHeader(ImageFormat format, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}
