package com.gmpgate.ai.image;

/**
 * The EXIF orientation (1..8) of a JPEG, read from its APP1 "Exif" segment, so a phone photo taken sideways is
 * turned upright before its metadata is dropped. 1 (as stored) when absent or unreadable.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && u8(jpeg, i) == 0xFF) {
                int marker = u8(jpeg, i + 1);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                int length = u16(jpeg, i + 2, true);
                if (marker == 0xE1 && length >= 16 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i'
                        && jpeg[i + 7] == 'f' && jpeg[i + 8] == 0 && jpeg[i + 9] == 0) {
                    return fromTiff(jpeg, i + 10, i + 2 + length);
                }
                i += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // a broken EXIF block is no reason to refuse the photo
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, bigEndian);
        int entries = tiff + (int) ifd;
        if (ifd < 8 || entries + 2 > end) {
            return 1;
        }
        int count = u16(b, entries, bigEndian);
        for (int n = 0; n < count; n++) {
            int entry = entries + 2 + 12 * n;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? u8(b, i) << 8 | u8(b, i + 1) : u8(b, i) | u8(b, i + 1) << 8;
    }

    private static long u32(byte[] b, int i, boolean bigEndian) {
        return bigEndian
                ? (long) u8(b, i) << 24 | u8(b, i + 1) << 16 | u8(b, i + 2) << 8 | u8(b, i + 3)
                : u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16 | (long) u8(b, i + 3) << 24;
    }
}
