package com.gmpgate.domain.analysis;

/** Why an uploaded photo was refused before any model saw it ({@link AnalysisStatus#REJECTED}). */
public enum ImageRejection {
    /** The bytes are not the type the upload declared (magic bytes), or no image at all. */
    IMAGE_TYPE_MISMATCH,
    /** Larger than the upload limit. */
    IMAGE_TOO_LARGE,
    /** Declared dimensions beyond the pixel limits (a pixel flood), refused before decoding. */
    IMAGE_TOO_MANY_PIXELS,
    /** Truncated or corrupt: the decoder failed or warned. */
    IMAGE_UNREADABLE,
    /**
     * Written again (a replayed upload URL) after an earlier analysis read it: what a key's analyses look at never
     * changes, so the new bytes are refused rather than analysed.
     */
    IMAGE_REPLACED
}
