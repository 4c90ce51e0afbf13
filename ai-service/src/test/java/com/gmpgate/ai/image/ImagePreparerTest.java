package com.gmpgate.ai.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.analysis.ImageRejection;
import com.gmpgate.domain.checklist.ImageFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented outcome of each kind of upload (README "Image outcomes"). A refused photo never reaches the
 * model; an accepted one reaches it as a fresh JPEG without metadata, at most 1568 px on the long side.
 */
class ImagePreparerTest {

    private final ImagePreparer preparer = new ImagePreparer(ImagePolicy.DEFAULT);

    private static void assertRejected(ThrowingCallable call, ImageRejection reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void exifFixture_losesItsExifAndGps_andStaysAJpegOfTheSameSize() {
        byte[] original = TestImages.resource(TestImages.EXIF_GPS);
        // the fixture really carries what must go
        List<TestImages.Segment> before = TestImages.segments(original);
        assertThat(before).anySatisfy(s -> {
            assertThat(s.marker()).isEqualTo(0xE1);
            assertThat(s.startsWith("Exif\0\0")).isTrue();
            assertThat(TestImages.hasGpsTag(s.payload())).isTrue();
        });

        PreparedImage prepared = preparer.prepare(original, ImageFormat.JPEG);

        List<TestImages.Segment> after = TestImages.segments(prepared.jpeg());
        // only the JFIF header, quantization/Huffman tables, the frame and the scan: no APP1 (EXIF, XMP), APP2 (ICC),
        // APPn of any camera maker, or comment
        assertThat(after).allSatisfy(s -> assertThat(s.marker() == 0xE0 && s.startsWith("JFIF\0")
                || s.marker() < 0xE0 || s.marker() > 0xEF && s.marker() != 0xFE)
                .as("segment 0x%X", s.marker()).isTrue());
        assertThat(after).noneMatch(s -> s.marker() == 0xE1);
        assertThat(new String(prepared.jpeg(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif").doesNotContain("NIKON");
        assertThat(prepared.source()).isEqualTo(new ImageHeader(ImageFormat.JPEG, 640, 480));
        assertThat(prepared.width()).isEqualTo(640);
        assertThat(prepared.height()).isEqualTo(480);
        assertThat(TestImages.decode(prepared.jpeg()).getWidth()).isEqualTo(640);
    }

    @Test
    void wrongMagicBytes_aPngDeclaredAsJpeg_isATypeMismatch() {
        assertRejected(() -> preparer.prepare(TestImages.pngWithAlpha(32, 32), ImageFormat.JPEG),
                ImageRejection.IMAGE_TYPE_MISMATCH);
    }

    @Test
    void wrongMagicBytes_notAnImageAtAll_isATypeMismatch() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertRejected(() -> preparer.prepare(html, ImageFormat.PNG), ImageRejection.IMAGE_TYPE_MISMATCH);
        assertRejected(() -> preparer.prepare(new byte[0], ImageFormat.JPEG), ImageRejection.IMAGE_TYPE_MISMATCH);
    }

    @Test
    void truncatedJpeg_isUnreadable() {
        byte[] original = TestImages.resource(TestImages.EXIF_GPS);
        byte[] truncated = Arrays.copyOf(original, original.length / 2);
        assertRejected(() -> preparer.prepare(truncated, ImageFormat.JPEG), ImageRejection.IMAGE_UNREADABLE);
    }

    @Test
    void truncatedPng_isUnreadable() {
        byte[] png = TestImages.encode(TestImages.halves(200, 200, Color.GREEN, Color.ORANGE,
                BufferedImage.TYPE_INT_RGB), "png");
        assertRejected(() -> preparer.prepare(Arrays.copyOf(png, png.length - 40), ImageFormat.PNG),
                ImageRejection.IMAGE_UNREADABLE);
    }

    @Test
    void truncatedWebp_isUnreadable() {
        byte[] webp = TestImages.resource("photo-lossy.webp");
        assertRejected(() -> preparer.prepare(Arrays.copyOf(webp, webp.length / 3), ImageFormat.WEBP),
                ImageRejection.IMAGE_UNREADABLE);
    }

    @Test
    void aHeaderCutOffBeforeItsDimensions_isUnreadable() {
        byte[] png = TestImages.pngWithAlpha(8, 8);
        assertRejected(() -> preparer.prepare(Arrays.copyOf(png, 18), ImageFormat.PNG),
                ImageRejection.IMAGE_UNREADABLE);
    }

    @Test
    void sixMegabyteFile_isTooLarge_beforeItsBytesAreLookedAt() {
        byte[] six = new byte[6 * 1024 * 1024];
        byte[] jpeg = TestImages.jpeg(64, 64);
        System.arraycopy(jpeg, 0, six, 0, jpeg.length);
        assertRejected(() -> preparer.prepare(six, ImageFormat.JPEG), ImageRejection.IMAGE_TOO_LARGE);
    }

    @Test
    void exactlyFiveMegabytes_isNotTooLarge() {
        byte[] five = new byte[(int) ImagePolicy.MAX_UPLOAD_BYTES];
        byte[] jpeg = TestImages.jpeg(64, 64);
        System.arraycopy(jpeg, 0, five, 0, jpeg.length);
        // trailing bytes after the image's end are ignored by the decoder
        assertThat(preparer.prepare(five, ImageFormat.JPEG).width()).isEqualTo(64);
    }

    @ParameterizedTest(name = "{0} declaring {1}x{2}")
    @CsvSource({"PNG, 20000, 20000", "JPEG, 20000, 20000", "PNG, 12001, 10", "JPEG, 7000, 7000"})
    void aPixelFlood_isRefusedOnItsDeclaredSize_withoutDecoding(ImageFormat format, int width, int height) {
        byte[] flood = format == ImageFormat.PNG ? TestImages.pngDeclaring(width, height)
                : TestImages.jpegDeclaring(width, height);
        assertThat(flood.length).isLessThan(2000);
        assertThat(ImageHeaders.read(flood)).isEqualTo(new ImageHeader(format, width, height));

        long before = usedHeap();
        assertRejected(() -> preparer.prepare(flood, format), ImageRejection.IMAGE_TOO_MANY_PIXELS);
        // 20000 × 20000 decoded would be 1.6 GB; nothing near that was allocated
        assertThat(usedHeap() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void pngWithAlpha_isFlattenedOntoWhite() {
        PreparedImage prepared = preparer.prepare(TestImages.pngWithAlpha(64, 48), ImageFormat.PNG);

        BufferedImage out = TestImages.decode(prepared.jpeg());
        assertThat(out.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(out.getRGB(60, 24))).satisfies(c -> {
            assertThat(c.getRed()).isGreaterThan(245);
            assertThat(c.getGreen()).isGreaterThan(245);
            assertThat(c.getBlue()).isGreaterThan(245);
        });
        assertThat(new Color(out.getRGB(4, 24)).getRed()).isGreaterThan(170);
        assertThat(new Color(out.getRGB(4, 24)).getGreen()).isLessThan(70);
    }

    @Test
    void aProgressiveJpeg_aGreyscaleJpeg_andAPalettePngWithTransparency_areAnalysed() throws Exception {
        BufferedImage colour = TestImages.halves(300, 200, Color.RED, Color.BLUE, BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream progressive = new java.io.ByteArrayOutputStream();
        try (var out = javax.imageio.ImageIO.createImageOutputStream(progressive)) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new javax.imageio.IIOImage(colour, null, null), param);
        }
        assertThat(preparer.prepare(progressive.toByteArray(), ImageFormat.JPEG).width()).isEqualTo(300);

        BufferedImage grey = TestImages.halves(120, 80, Color.DARK_GRAY, Color.LIGHT_GRAY,
                BufferedImage.TYPE_BYTE_GRAY);
        assertThat(preparer.prepare(TestImages.encode(grey, "jpeg"), ImageFormat.JPEG).height()).isEqualTo(80);

        java.awt.image.IndexColorModel palette = new java.awt.image.IndexColorModel(8, 2,
                new byte[] {(byte) 200, 0}, new byte[] {30, 0}, new byte[] {30, 0}, 0);
        BufferedImage indexed = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_INDEXED, palette);
        BufferedImage out = TestImages.decode(preparer.prepare(TestImages.encode(indexed, "png"), ImageFormat.PNG).jpeg());
        // every pixel is palette entry 0, the transparent one: white after flattening
        assertThat(new Color(out.getRGB(10, 10)).getGreen()).isGreaterThan(245);
    }

    @Test
    void lossyWebp_isDecoded_andReencodedAsJpeg() {
        PreparedImage prepared = preparer.prepare(TestImages.resource("photo-lossy.webp"), ImageFormat.WEBP);

        assertThat(prepared.source()).isEqualTo(new ImageHeader(ImageFormat.WEBP, 320, 240));
        assertThat(ImageHeaders.sniff(prepared.jpeg())).contains(ImageFormat.JPEG);
        assertThat(TestImages.decode(prepared.jpeg()).getWidth()).isEqualTo(320);
    }

    @ParameterizedTest
    @CsvSource({"half-transparent-lossless.webp", "half-transparent-lossy-alpha.webp"})
    void webpWithAlpha_losslessOrExtended_isFlattenedOntoWhite(String name) {
        PreparedImage prepared = preparer.prepare(TestImages.resource(name), ImageFormat.WEBP);

        assertThat(prepared.source()).isEqualTo(new ImageHeader(ImageFormat.WEBP, 64, 48));
        BufferedImage out = TestImages.decode(prepared.jpeg());
        assertThat(new Color(out.getRGB(60, 24)).getBlue()).isGreaterThan(240);
        assertThat(new Color(out.getRGB(4, 24)).getRed()).isGreaterThan(170);
    }

    @Test
    void aWebpDeclaredAsPng_isATypeMismatch() {
        assertRejected(() -> preparer.prepare(TestImages.resource("photo-lossy.webp"), ImageFormat.PNG),
                ImageRejection.IMAGE_TYPE_MISMATCH);
    }

    @Test
    void aLargePhoto_isScaledTo1568OnItsLongSide_keepingItsAspect() {
        PreparedImage prepared = preparer.prepare(TestImages.jpeg(4000, 3000), ImageFormat.JPEG);

        assertThat(prepared.width()).isEqualTo(1568);
        assertThat(prepared.height()).isEqualTo(1176);
        BufferedImage out = TestImages.decode(prepared.jpeg());
        assertThat(out.getWidth()).isEqualTo(1568);
        assertThat(new Color(out.getRGB(100, 600)).getRed()).isGreaterThan(200);
        assertThat(new Color(out.getRGB(1500, 600)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aTallPhoto_isScaledOnItsHeight() {
        PreparedImage prepared = preparer.prepare(TestImages.jpeg(1000, 5000), ImageFormat.JPEG);
        assertThat(prepared.height()).isEqualTo(1568);
        assertThat(prepared.width()).isEqualTo(314);
    }

    @Test
    void exifOrientation6_isAppliedBeforeTheMetadataIsDropped() {
        // stored landscape, red left, blue right; orientation 6 = turn 90° clockwise to view
        byte[] sideways = TestImages.withExifOrientation(TestImages.jpeg(80, 40), 6);
        assertThat(ExifOrientation.of(sideways)).isEqualTo(6);

        PreparedImage prepared = preparer.prepare(sideways, ImageFormat.JPEG);

        assertThat(prepared.width()).isEqualTo(40);
        assertThat(prepared.height()).isEqualTo(80);
        BufferedImage out = TestImages.decode(prepared.jpeg());
        assertThat(new Color(out.getRGB(20, 10)).getRed()).isGreaterThan(200);
        assertThat(new Color(out.getRGB(20, 70)).getBlue()).isGreaterThan(200);
        assertThat(TestImages.segments(prepared.jpeg())).noneMatch(s -> s.marker() == 0xE1);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, 80, 40", "2, 80, 40", "3, 80, 40", "4, 80, 40", "5, 40, 80", "6, 40, 80", "7, 40, 80", "8, 40, 80"})
    void everyExifOrientation_givesTheUprightSize(int orientation, int width, int height) {
        BufferedImage stored = TestImages.halves(80, 40, Color.RED, Color.BLUE, BufferedImage.TYPE_INT_RGB);
        BufferedImage upright = ImagePreparer.orient(stored, orientation);
        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        // every pixel of the result comes from the source: no black borders from a wrong translation
        for (int x = 0; x < upright.getWidth(); x += 7) {
            for (int y = 0; y < upright.getHeight(); y += 7) {
                Color c = new Color(upright.getRGB(x, y));
                assertThat(c.getRed() > 200 || c.getBlue() > 200).as("pixel %d,%d", x, y).isTrue();
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
