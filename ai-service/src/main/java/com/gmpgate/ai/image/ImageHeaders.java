package com.gmpgate.ai.image;

import com.gmpgate.domain.analysis.ImageRejection;
import com.gmpgate.domain.checklist.ImageFormat;
import java.util.Optional;

/**
 * Reads format and pixel dimensions from the first bytes of JPEG, PNG and WebP files, without decoding: a pixel
 * flood (a small file declaring 20000×20000 pixels, gigabytes once decoded) is refused on what it declares.
 * Deliberately a few dozen lines of plain parsing rather than an ImageReader, so nothing can allocate a raster
 * before the limits are checked.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /** Which format the magic bytes name, if any of the three. */
    public static Optional<ImageFormat> sniff(byte[] b) {
        if (b.length >= 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (b.length >= 8 && u8(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(ImageFormat.PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(ImageFormat.WEBP);
        }
        return Optional.empty();
    }

    /**
     * @throws ImageRejectedException IMAGE_TYPE_MISMATCH when the bytes are none of the three formats,
     *                                IMAGE_UNREADABLE when the header is cut off or malformed
     */
    public static ImageHeader read(byte[] bytes) {
        ImageFormat format = sniff(bytes).orElseThrow(() -> new ImageRejectedException(
                ImageRejection.IMAGE_TYPE_MISMATCH, "no JPEG, PNG or WebP signature"));
        try {
            return switch (format) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                case WEBP -> webp(bytes);
            };
        } catch (IndexOutOfBoundsException e) {
            // any read past the end (an array index, a String of a cut-off chunk name) is a header cut off
            throw unreadable(format + " header is cut off");
        }
    }

    private static ImageHeader png(byte[] b) {
        // signature (8), then the IHDR chunk: length (4) "IHDR" (4) width (4) height (4)
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw unreadable("PNG without IHDR");
        }
        return dimensions(ImageFormat.PNG, s32be(b, 16), s32be(b, 20));
    }

    private static ImageHeader jpeg(byte[] b) {
        int i = 2;
        while (true) {
            // markers may be padded with any number of 0xFF bytes
            if (u8(b, i) != 0xFF) {
                throw unreadable("JPEG marker expected at " + i);
            }
            while (u8(b, i) == 0xFF) {
                i++;
            }
            int marker = u8(b, i++);
            if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                continue; // no length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw unreadable("JPEG without a frame header before its scan");
            }
            int length = u16be(b, i);
            if (length < 2) {
                throw unreadable("JPEG segment length " + length);
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF
                    && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                // length (2) precision (1) height (2) width (2)
                return dimensions(ImageFormat.JPEG, u16be(b, i + 5), u16be(b, i + 3));
            }
            i += length;
        }
    }

    private static ImageHeader webp(byte[] b) {
        // RIFF size WEBP, then the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended)
        if (b.length < 16) {
            throw unreadable("WebP without a first chunk");
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        int data = 20;
        switch (chunk) {
            case "VP8X": {
                int width = 1 + u24le(b, data + 4);
                int height = 1 + u24le(b, data + 7);
                return dimensions(ImageFormat.WEBP, width, height);
            }
            case "VP8L": {
                if (u8(b, data) != 0x2F) {
                    throw unreadable("VP8L signature missing");
                }
                long bits = u8(b, data + 1) | (long) u8(b, data + 2) << 8 | (long) u8(b, data + 3) << 16
                        | (long) u8(b, data + 4) << 24;
                int width = 1 + (int) (bits & 0x3FFF);
                int height = 1 + (int) ((bits >> 14) & 0x3FFF);
                return dimensions(ImageFormat.WEBP, width, height);
            }
            case "VP8 ": {
                // frame tag (3), start code 9d 01 2a, then 14-bit width and height (2 bits of scale above each)
                if (u8(b, data + 3) != 0x9D || u8(b, data + 4) != 0x01 || u8(b, data + 5) != 0x2A) {
                    throw unreadable("VP8 start code missing");
                }
                return dimensions(ImageFormat.WEBP, u16le(b, data + 6) & 0x3FFF, u16le(b, data + 8) & 0x3FFF);
            }
            default:
                throw unreadable("WebP without a VP8, VP8L or VP8X chunk");
        }
    }

    private static ImageHeader dimensions(ImageFormat format, long width, long height) {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw unreadable(format + " declares " + width + "x" + height);
        }
        return new ImageHeader(format, (int) width, (int) height);
    }

    private static ImageRejectedException unreadable(String detail) {
        return new ImageRejectedException(ImageRejection.IMAGE_UNREADABLE, detail);
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16be(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int u16le(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    private static int u24le(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16;
    }

    private static long s32be(byte[] b, int i) {
        return (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3);
    }
}
