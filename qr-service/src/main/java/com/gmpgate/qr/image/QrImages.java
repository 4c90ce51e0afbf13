package com.gmpgate.qr.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A pass token as a QR code (ZXing): error correction M (a scratched phone screen still reads), the standard
 * four-module quiet zone, black on white. PNG through ZXing's {@link MatrixToImageWriter}; SVG written here as one
 * path of module runs, with nothing in it but geometry (no text, no script, no external reference).
 */
public final class QrImages {

    public static final int MIN_SIZE = 128;
    public static final int MAX_SIZE = 1024;
    public static final int DEFAULT_SIZE = 512;
    /** Modules of white around the code, as ISO/IEC 18004 asks; scanners need it to find the code. */
    public static final int QUIET_ZONE = 4;
    public static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;

    private QrImages() {
    }

    /** A PNG about {@code size} pixels square (larger only if the code has more modules than that). */
    public static byte[] png(String text, int size) {
        requireSize(size);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION,
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit in a QR code", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG of {@code size} pixels square; its viewBox counts modules, so it scales without blur. */
    public static String svg(String text, int size) {
        requireSize(size);
        ByteMatrix modules = modules(text);
        int side = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
                    run++;
                }
                // one dark run of this row: a rectangle one module high
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 " + side + " " + side + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
    }

    /** The code's modules without the quiet zone: 1 dark, 0 light. */
    public static ByteMatrix modules(String text) {
        try {
            return Encoder.encode(text, ERROR_CORRECTION, Map.of()).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit in a QR code", e);
        }
    }

    private static void requireSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within " + MIN_SIZE + ".." + MAX_SIZE);
        }
    }
}
