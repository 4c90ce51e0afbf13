package com.gmpgate.ai.image;

import com.gmpgate.domain.analysis.ImageRejection;
import com.gmpgate.domain.checklist.ImageFormat;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded photo and turns it into what the model sees (DESIGN.md §4 "Wound photos"), in this order:
 * size; magic bytes against the declared type; declared pixel dimensions against the limits (before any decoding,
 * so a pixel flood costs nothing); decode (a decoder warning, such as a truncated JPEG, refuses the photo); apply
 * the EXIF orientation; flatten transparency onto white; scale down; encode a new JPEG that carries no metadata.
 */
public final class ImagePreparer {

    static {
        // decode in memory: Lambda's /tmp is small and shared, and a disk cache buys nothing for one image
        ImageIO.setUseCache(false);
        // ImageIO finds plugins through the context class loader, which is not this jar's when a host (local-api)
        // loads the function in a class loader of its own: register the WebP reader by name
        IIORegistry.getDefaultInstance().registerServiceProvider(new WebPImageReaderSpi());
    }

    private final ImagePolicy policy;

    public ImagePreparer(ImagePolicy policy) {
        this.policy = policy;
    }

    /**
     * @param declared the type the upload was presigned for (the key's extension and the object's content type)
     * @throws ImageRejectedException with the reason the photo is refused
     */
    public PreparedImage prepare(byte[] bytes, ImageFormat declared) {
        if (bytes.length > policy.maxBytes()) {
            throw new ImageRejectedException(ImageRejection.IMAGE_TOO_LARGE, bytes.length + " bytes");
        }
        if (bytes.length == 0) {
            throw new ImageRejectedException(ImageRejection.IMAGE_TYPE_MISMATCH, "empty file");
        }
        ImageHeader header = ImageHeaders.read(bytes);
        if (header.format() != declared) {
            throw new ImageRejectedException(ImageRejection.IMAGE_TYPE_MISMATCH,
                    "declared " + declared + ", magic bytes say " + header.format());
        }
        checkDimensions(header);
        BufferedImage decoded = decode(bytes, header);
        BufferedImage upright = header.format() == ImageFormat.JPEG
                ? orient(decoded, ExifOrientation.of(bytes)) : decoded;
        BufferedImage scaled = scaleDown(flattenOntoWhite(upright), policy.targetLongSide());
        return new PreparedImage(encodeJpeg(scaled), scaled.getWidth(), scaled.getHeight(), header);
    }

    private void checkDimensions(ImageHeader header) {
        if (header.width() > policy.maxSide() || header.height() > policy.maxSide()
                || header.pixels() > policy.maxPixels()) {
            throw new ImageRejectedException(ImageRejection.IMAGE_TOO_MANY_PIXELS,
                    header.format() + " declares " + header.width() + "x" + header.height());
        }
    }

    private BufferedImage decode(byte[] bytes, ImageHeader header) {
        ImageReader reader = readerFor(header.format());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            // a decoder that disagrees with the header we checked is reading something else than we did
            if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                throw new ImageRejectedException(ImageRejection.IMAGE_UNREADABLE, "decoder sees "
                        + reader.getWidth(0) + "x" + reader.getHeight(0) + ", header " + header.width() + "x"
                        + header.height());
            }
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning).append("; "));
            ImageReadParam param = reader.getDefaultReadParam();
            // far larger than needed: skip source pixels while decoding rather than hold them all, keeping at least
            // twice the target so the smooth scaling below still has something to average
            int step = Math.max(header.width(), header.height()) / (2 * policy.targetLongSide());
            if (step >= 2) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (warnings.length() > 0) {
                throw new ImageRejectedException(ImageRejection.IMAGE_UNREADABLE, "decoder warned: " + warnings);
            }
            return image;
        } catch (ImageRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // decoders fail in many ways on a cut-off or crafted file (IIOException, EOFException, index errors)
            throw new ImageRejectedException(ImageRejection.IMAGE_UNREADABLE,
                    "cannot decode " + header.format() + ": " + e.getClass().getSimpleName(), e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format) {
        String name = format.name().toLowerCase(Locale.ROOT);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + name + " on the classpath");
        }
        return readers.next();
    }

    /** EXIF orientations 2..8: mirror and/or rotate so the image stands as the camera saw it. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** RGB without alpha: JPEG has no transparency, and a transparent area must not turn black. */
    static BufferedImage flattenOntoWhite(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Halves with bilinear filtering until within twice the target, then one bicubic step: a single large bilinear
     * step would skip pixels and alias (jagged edges, moiré), which hides exactly the detail a wound check needs.
     */
    static BufferedImage scaleDown(BufferedImage image, int targetLongSide) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= targetLongSide) {
            return image;
        }
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > 2 * targetLongSide) {
            current = draw(current, Math.max(1, current.getWidth() / 2), Math.max(1, current.getHeight() / 2),
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        double factor = (double) targetLongSide / Math.max(current.getWidth(), current.getHeight());
        int width = Math.max(1, (int) Math.round(current.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(current.getHeight() * factor));
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A baseline JPEG with no metadata passed to the writer: only the JFIF header, no EXIF/GPS, ICC or comment. */
    private byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(policy.jpegQuality());
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("encoding a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
