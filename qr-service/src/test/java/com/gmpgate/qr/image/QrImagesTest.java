package com.gmpgate.qr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.TestPasses;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips through ZXing's own reader: what we draw is what a gate's scanner reads back. */
public class QrImagesTest {

    private static final Pattern SVG_DOCUMENT = Pattern.compile(
            "<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                    + " width=\"(\\d+)\" height=\"\\1\" viewBox=\"0 0 (\\d+) \\2\" shape-rendering=\"crispEdges\">"
                    + "<rect width=\"\\2\" height=\"\\2\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"([Mhvz0-9 -]*)\"/>"
                    + "</svg>\n");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private final String token = new TestPasses(new InMemoryPassStore()).forWorker("w-kim")
            .conditions("GLOVES_OVER_COVERED_WOUND").zones("PACKING", "PRODUCTION").issue().token();

    @ParameterizedTest
    @ValueSource(ints = {QrImages.MIN_SIZE, QrImages.DEFAULT_SIZE, QrImages.MAX_SIZE})
    void aPng_decodesBackToTheToken(int size) throws Exception {
        byte[] png = QrImages.png(token, size);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThanOrEqualTo(size);
        assertThat(decodePng(png)).isEqualTo(token);
    }

    @Test
    void thePng_hasTheQuietZone_andUsesErrorCorrectionM() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImages.png(token, 512)));
        int modules = QrImages.modules(token).getWidth() + 2 * QrImages.QUIET_ZONE;
        int moduleSize = image.getWidth() / modules;

        for (int i = 0; i < QrImages.QUIET_ZONE * moduleSize; i++) {
            assertThat(image.getRGB(i, i) & 0xFFFFFF).as("quiet zone at %d", i).isEqualTo(0xFFFFFF);
        }
        Result result = reader(image);
        assertThat(result.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL))
                .isEqualTo(ErrorCorrectionLevel.M.name());
    }

    @Test
    void theSvgsModules_areExactlyTheEncodersMatrix() {
        ByteMatrix expected = QrImages.modules(token);

        BitMatrix drawn = svgModules(QrImages.svg(token, 512));

        assertThat(drawn.getWidth()).isEqualTo(expected.getWidth() + 2 * QrImages.QUIET_ZONE);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int mx = x - QrImages.QUIET_ZONE;
                int my = y - QrImages.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < expected.getWidth() && my < expected.getHeight()
                        && expected.get(mx, my) == 1;
                assertThat(drawn.get(x, y)).as("module %d,%d", x, y).isEqualTo(dark);
            }
        }
    }

    @Test
    void anSvg_decodesBackToTheToken() throws Exception {
        assertThat(decodeSvg(QrImages.svg(token, 300))).isEqualTo(token);
    }

    @Test
    void theSvg_isGeometryOnly() {
        String svg = QrImages.svg(token, 512);

        assertThat(SVG_DOCUMENT.matcher(svg).matches()).as(svg).isTrue();
        assertThat(svg).doesNotContain("<script", "href", "<text", "<style", token.substring(0, 20));
    }

    @Test
    void sizesOutsideTheBounds_areRefused() {
        assertThatThrownBy(() -> QrImages.png(token, QrImages.MIN_SIZE - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrImages.svg(token, QrImages.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What a scanner reads from a PNG, with ZXing's reader. */
    public static String decodePng(byte[] png) throws IOException, NotFoundException, ChecksumException,
            FormatException {
        return reader(ImageIO.read(new ByteArrayInputStream(png))).getText();
    }

    /** What a scanner reads from our SVG: its runs painted onto a bitmap, four pixels a module, then ZXing's reader. */
    public static String decodeSvg(String svg) throws NotFoundException, ChecksumException, FormatException {
        BitMatrix modules = svgModules(svg);
        int scale = 4;
        BufferedImage image = new BufferedImage(modules.getWidth() * scale, modules.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        return reader(image).getText();
    }

    /** Parses the SVG we write back into modules (quiet zone included), refusing anything else in it. */
    static BitMatrix svgModules(String svg) {
        Matcher document = SVG_DOCUMENT.matcher(svg);
        assertThat(document.matches()).as("an SVG as QrImages writes it").isTrue();
        int side = Integer.parseInt(document.group(2));
        BitMatrix modules = new BitMatrix(side);
        Matcher run = RUN.matcher(document.group(3));
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("runs follow each other").isEqualTo(end);
            assertThat(run.group(4)).isEqualTo(run.group(3));
            modules.setRegion(Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)),
                    Integer.parseInt(run.group(3)), 1);
            end = run.end();
        }
        assertThat(end).as("nothing but runs in the path").isEqualTo(document.group(3).length());
        return modules;
    }

    private static Result reader(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }
}
