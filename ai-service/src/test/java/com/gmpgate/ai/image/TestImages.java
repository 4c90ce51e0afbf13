package com.gmpgate.ai.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for the pipeline tests: resources, and files made (or deliberately broken) here. */
public final class TestImages {

    public static final String EXIF_GPS = "exif-samples_gps_DSCN0010.jpg";

    private TestImages() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test image " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Left half {@code left}, right half {@code right}. */
    public static BufferedImage halves(int width, int height, Color left, Color right, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height, Color.RED, Color.BLUE, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG whose right half is fully transparent. */
    public static byte[] pngWithAlpha(int width, int height) {
        return encode(halves(width, height, new Color(200, 30, 30, 255), new Color(0, 0, 0, 0),
                BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A valid, tiny PNG whose IHDR declares {@code width × height}: a pixel flood of a few hundred bytes. */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" + 13 data bytes
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A small JPEG whose frame header (SOF0) declares {@code width × height}. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = jpeg(16, 16);
        for (int i = 2; i < jpeg.length - 9; ) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
            if (marker == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
            i += 2 + length;
        }
        throw new IllegalStateException("no SOF0");
    }

    /** The JPEG with an APP1 Exif segment (big-endian TIFF, IFD0 with one Orientation entry) after SOI. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = ("Exif\0\0").getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A JPEG's segments before the scan: marker and payload. */
    public record Segment(int marker, byte[] payload) {
        public boolean startsWith(String text) {
            byte[] prefix = text.getBytes(StandardCharsets.ISO_8859_1);
            if (payload.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (payload[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    public static List<Segment> segments(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
            byte[] payload = java.util.Arrays.copyOfRange(jpeg, i + 4, i + 2 + length);
            segments.add(new Segment(marker, payload));
            if (marker == 0xDA) {
                break;
            }
            i += 2 + length;
        }
        return segments;
    }

    /** Whether the EXIF block holds a GPS IFD pointer (tag 0x8825), in either byte order. */
    public static boolean hasGpsTag(byte[] exifPayload) {
        for (int i = 0; i + 1 < exifPayload.length; i++) {
            int be = (exifPayload[i] & 0xFF) << 8 | exifPayload[i + 1] & 0xFF;
            int le = (exifPayload[i + 1] & 0xFF) << 8 | exifPayload[i] & 0xFF;
            if (be == 0x8825 || le == 0x8825) {
                return true;
            }
        }
        return false;
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
