package com.gmpgate.pass;

import com.gmpgate.crypto.Base45;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.VerificationKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The code the worker's phone shows at the gate instead of the pass token: a reference to the pass, a 10-second
 * time step, and the phone's own ES256 signature over (pass, step, site). The gate needs nothing secret to check
 * it, only the phone's public key (online from the store, offline from the signed roster), and a picture of the
 * code is worthless once its step is over.
 *
 * <p>Text form: {@code GP1:} then base45 (RFC 9285) of 84 bytes — the pass id (a UUID, 16 bytes), the step
 * (unsigned 32-bit big-endian: epoch seconds / 10) and the signature (R||S, 64 bytes). 130 characters, all in the
 * QR alphanumeric set: a version 6 code at error correction M (a pass token needed version 19).
 *
 * <p>Signed message: {@code "gmp-code/1" 0x00 passId(16) step(4) siteId(UTF-8)}. The site is not in the code: the
 * gate knows its own, so a code made for another site fails the signature. WebCrypto's ECDSA signs exactly this
 * message (SHA-256, IEEE P1363 R||S), which is what the PWA does.
 *
 * @param passId the pass the code stands for
 * @param step   the 10-second step it was made in
 */
public record RotatingCode(UUID passId, long step, byte[] signature) {

    public static final String PREFIX = "GP1:";
    public static final int STEP_SECONDS = 10;
    /** A code is good in its own step and the one either side: at most 30 s, whatever the clocks do inside that. */
    public static final int STEP_TOLERANCE = 1;

    static final int BYTES = 16 + 4 + 64;
    private static final byte[] CONTEXT = "gmp-code/1\0".getBytes(StandardCharsets.US_ASCII);
    private static final long MAX_STEP = 0xffff_ffffL;

    public RotatingCode {
        if (step < 0 || step > MAX_STEP) {
            throw new IllegalArgumentException("step outside 0.." + MAX_STEP);
        }
        if (signature == null || signature.length != 64) {
            throw new IllegalArgumentException("signature must be 64 bytes");
        }
        signature = signature.clone();
    }

    /** Whether the scanned text claims to be a rotating code (rather than a pass token or junk). */
    public static boolean looksLike(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The code's text, or empty when it is not a well-formed rotating code. Never throws on bad input. */
    public static Optional<RotatingCode> parse(String text) {
        if (!looksLike(text) || text.length() != PREFIX.length() + 126) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base45.decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID passId = new UUID(buffer.getLong(), buffer.getLong());
        long step = Integer.toUnsignedLong(buffer.getInt());
        byte[] signature = new byte[64];
        buffer.get(signature);
        return Optional.of(new RotatingCode(passId, step, signature));
    }

    /** The step {@code at} falls in. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** What the phone signs. */
    public static byte[] message(UUID passId, long step, String siteId) {
        byte[] site = siteId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(CONTEXT.length + 20 + site.length).put(CONTEXT)
                .putLong(passId.getMostSignificantBits()).putLong(passId.getLeastSignificantBits())
                .putInt((int) step).put(site).array();
    }

    /** A code as the phone makes it (tests and tools; the PWA does the same with WebCrypto). */
    public static RotatingCode sign(SigningKey deviceKey, UUID passId, long step, String siteId) {
        return new RotatingCode(passId, step, deviceKey.sign(message(passId, step, siteId)));
    }

    /** Whether {@code deviceKey} signed this code for {@code siteId}. */
    public boolean signedBy(VerificationKey deviceKey, String siteId) {
        return deviceKey.verify(message(passId, step, siteId), signature);
    }

    /** Whether the code's step is within {@link #STEP_TOLERANCE} of the step of {@code at}. */
    public boolean liveAt(Instant at) {
        return Math.abs(step - stepAt(at)) <= STEP_TOLERANCE;
    }

    public String text() {
        return PREFIX + Base45.encode(ByteBuffer.allocate(BYTES)
                .putLong(passId.getMostSignificantBits()).putLong(passId.getLeastSignificantBits())
                .putInt((int) step).put(signature).array());
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RotatingCode code && code.passId.equals(passId) && code.step == step
                && java.util.Arrays.equals(code.signature, signature);
    }

    @Override
    public int hashCode() {
        return passId.hashCode() * 31 + Long.hashCode(step);
    }
}
