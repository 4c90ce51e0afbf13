package com.gmpgate.ai.image;

/**
 * Limits for uploaded photos and the shape of what the model gets.
 *
 * @param maxBytes       largest accepted file (the presigned PUT signs the same limit)
 * @param maxSide        widest or tallest accepted, in pixels
 * @param maxPixels      most accepted pixels (width × height), checked on the declared size before decoding
 * @param targetLongSide the long side of the image the model sees: Claude's vision models downscale anything
 *                       beyond 1568 px themselves, so larger only costs tokens and upload time
 * @param jpegQuality    0..1
 */
public record ImagePolicy(long maxBytes, int maxSide, long maxPixels, int targetLongSide, float jpegQuality) {

    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    /** 5 MB, 12000 px a side, 40 megapixels, 1568 px long side, quality 0.85. */
    public static final ImagePolicy DEFAULT = new ImagePolicy(MAX_UPLOAD_BYTES, 12_000, 40_000_000L, 1568, 0.85f);

    public ImagePolicy {
        if (maxBytes < 1 || maxSide < 1 || maxPixels < 1 || targetLongSide < 16 || jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("image policy out of range");
        }
    }
}
