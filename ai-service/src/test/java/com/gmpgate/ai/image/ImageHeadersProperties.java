package com.gmpgate.ai.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.analysis.ImageRejection;
import com.gmpgate.domain.checklist.ImageFormat;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzing of the header reader, which looks at every uploaded byte before anything else does: arbitrary bytes and
 * mutated real PNG, JPEG and WebP files (bytes flipped, fields set to extremes, cut off, bytes inserted or deleted).
 * Whatever comes in, the reader answers a header of at least 1×1 pixels or one of its documented refusals
 * (IMAGE_TYPE_MISMATCH, IMAGE_UNREADABLE) — never another exception — and allocates next to nothing while doing so,
 * since the whole point of reading the header is to refuse a pixel flood before a raster exists. The pipeline
 * property runs the same mutations through {@link ImagePreparer}, whose refusals add IMAGE_TOO_LARGE and
 * IMAGE_TOO_MANY_PIXELS. Tries are bounded so the whole class runs in seconds.
 */
class ImageHeadersProperties {

    /** Far above what parsing a header needs (a refusal's exception and message), far below any raster. */
    private static final long MAX_ALLOCATED_BYTES = 256 * 1024;

    private static final Set<ImageRejection> HEADER_REFUSALS =
            EnumSet.of(ImageRejection.IMAGE_TYPE_MISMATCH, ImageRejection.IMAGE_UNREADABLE);

    /** Valid files of each kind the reader knows, to mutate. */
    private static final List<byte[]> SEEDS = List.of(
            TestImages.jpeg(16, 16),
            TestImages.withExifOrientation(TestImages.jpeg(24, 8), 6),
            TestImages.resource(TestImages.EXIF_GPS),
            TestImages.encode(TestImages.halves(16, 16, java.awt.Color.RED, java.awt.Color.BLUE,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png"),
            TestImages.pngWithAlpha(16, 16),
            TestImages.resource("photo-lossy.webp"),
            TestImages.resource("half-transparent-lossless.webp"),
            TestImages.resource("half-transparent-lossy-alpha.webp"));

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Property(tries = 3000)
    void arbitraryBytes_giveAHeaderOrADocumentedRefusal(@ForAll("arbitraryFiles") byte[] bytes) {
        assertHeaderOrRefusal(bytes);
    }

    @Property(tries = 1500)
    void mutatedValidFiles_giveAHeaderOrADocumentedRefusal(@ForAll("mutatedFiles") byte[] bytes) {
        assertHeaderOrRefusal(bytes);
    }

    @Property(tries = 1000)
    void readingAHeader_neverAllocatesMoreThanAFewKilobytes(@ForAll("mutatedFiles") byte[] bytes) {
        THREADS.setThreadAllocatedMemoryEnabled(true);
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        try {
            ImageHeaders.read(bytes);
        } catch (ImageRejectedException refused) {
            // a refusal is an answer too; what it cost is measured below
        }
        long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
        assertThat(allocated).as("bytes allocated reading the header of a %d-byte file", bytes.length)
                .isLessThan(MAX_ALLOCATED_BYTES);
    }

    @Property(tries = 100)
    void thePipeline_onMutatedFiles_givesAnImageOrADocumentedRefusal(@ForAll("mutatedFiles") byte[] bytes,
                                                                    @ForAll ImageFormat declared) {
        ImagePreparer preparer = new ImagePreparer(ImagePolicy.DEFAULT);
        try {
            PreparedImage prepared = preparer.prepare(bytes, declared);
            assertThat(prepared.source().format()).isEqualTo(declared);
            assertThat(Math.max(prepared.width(), prepared.height()))
                    .isLessThanOrEqualTo(ImagePolicy.DEFAULT.targetLongSide());
        } catch (ImageRejectedException refused) {
            // every ImageRejection is a documented refusal (ai-service/README.md); anything else fails the property
            assertThat(refused.reason()).isNotNull();
        }
    }

    private static void assertHeaderOrRefusal(byte[] bytes) {
        Optional<ImageFormat> sniffed = ImageHeaders.sniff(bytes);
        try {
            ImageHeader header = ImageHeaders.read(bytes);
            assertThat(sniffed).contains(header.format());
            assertThat(header.width()).isPositive();
            assertThat(header.height()).isPositive();
        } catch (ImageRejectedException refused) {
            assertThat(refused.reason()).isIn(HEADER_REFUSALS);
            assertThat(refused.reason() == ImageRejection.IMAGE_TYPE_MISMATCH).isEqualTo(sniffed.isEmpty());
        }
    }

    @Provide
    Arbitrary<byte[]> arbitraryFiles() {
        Arbitrary<byte[]> anything = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
        // random bytes seldom start with a signature: put one in front half of the time, so the parsers are reached
        Arbitrary<byte[]> signed = Combinators.combine(Arbitraries.of(signatures()), anything)
                .as(ImageHeadersProperties::concat);
        return Arbitraries.frequencyOf(Tuple.of(1, anything), Tuple.of(1, signed));
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), mutations().list().ofMinSize(1)
                .ofMaxSize(4))
                .as((seed, mutations) -> {
                    byte[] bytes = SEEDS.get(seed);
                    for (Mutation m : mutations) {
                        bytes = m.apply(bytes);
                    }
                    return bytes;
                });
    }

    /**
     * One change to a file. Positions are fractions of the header area (most of it lies in the first 64 bytes,
     * a JPEG's frame header may be further on) so that shrinking keeps a failing change near where it was.
     */
    record Mutation(Kind kind, double where, int value, int span) {
        enum Kind { SET_BYTE, SET_EXTREME_16, SET_EXTREME_32, TRUNCATE, INSERT, DELETE }

        private static final int[] EXTREMES = {0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, 0x3FFF, 0x7FFFFFFF, 0xFFFFFFFF};

        byte[] apply(byte[] in) {
            int window = Math.min(in.length, value % 2 == 0 ? 64 : 4096);
            int at = (int) Math.min(Math.max(0, Math.floor(where * window)), Math.max(0, in.length - 1));
            return switch (kind) {
                case SET_BYTE -> set(in, at, 1, value & 0xFF);
                case SET_EXTREME_16 -> set(in, at, 2, EXTREMES[Math.floorMod(value, EXTREMES.length)]);
                case SET_EXTREME_32 -> set(in, at, 4, EXTREMES[Math.floorMod(value, EXTREMES.length)]);
                case TRUNCATE -> Arrays.copyOf(in, Math.min(in.length, (int) Math.floor(where * Math.min(in.length, 256))));
                case INSERT -> {
                    byte[] out = new byte[in.length + span];
                    System.arraycopy(in, 0, out, 0, at);
                    Arrays.fill(out, at, at + span, (byte) value);
                    System.arraycopy(in, at, out, at + span, in.length - at);
                    yield out;
                }
                case DELETE -> {
                    int n = Math.min(span, in.length - at);
                    byte[] out = new byte[in.length - n];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, at + n, out, at, in.length - at - n);
                    yield out;
                }
            };
        }

        private static byte[] set(byte[] in, int at, int width, int value) {
            byte[] out = in.clone();
            for (int k = 0; k < width && at + k < out.length; k++) {
                // big-endian for the PNG and JPEG fields; little-endian ones see a byte-swapped extreme, also fine
                out[at + k] = (byte) (value >>> (8 * (width - 1 - k)));
            }
            return out;
        }
    }

    private static Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers(), Arbitraries.integers().between(1, 16)).as(Mutation::new);
    }

    private static List<byte[]> signatures() {
        return List.of(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'},
                new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '},
                new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'},
                new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X'});
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Found by the properties above: a String of the chunk name past the end, not an array index, escaped as a 500. */
    @Example
    void aWebpCutOffBeforeItsFirstChunk_isUnreadable() {
        byte[] riffOnly = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8'};
        for (int length = 12; length <= riffOnly.length; length++) {
            byte[] cut = Arrays.copyOf(riffOnly, length);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ImageRejectedException.class,
                    () -> ImageHeaders.read(cut)).reason()).isEqualTo(ImageRejection.IMAGE_UNREADABLE);
        }
    }

    @Example
    void theSeeds_areReadAsTheFormatsTheyAre() {
        assertThat(SEEDS).extracting(s -> ImageHeaders.read(s).format()).containsExactly(ImageFormat.JPEG,
                ImageFormat.JPEG, ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.PNG, ImageFormat.WEBP,
                ImageFormat.WEBP, ImageFormat.WEBP);
    }
}
