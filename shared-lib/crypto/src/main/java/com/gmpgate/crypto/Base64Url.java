package com.gmpgate.crypto;

import java.util.Arrays;
import java.util.Base64;

/** Base64url without padding (RFC 7515 §2), decoded strictly: one encoding per byte string. */
public final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * Decodes {@code text}, refusing padding, the standard alphabet's {@code +} and {@code /}, whitespace and
     * non-zero trailing bits. The JDK decoder alone accepts padding and ignores trailing bits, which would let
     * several spellings of one token exist.
     *
     * @throws IllegalArgumentException if {@code text} is not canonical base64url
     */
    public static byte[] decode(String text) {
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("base64url length is impossible");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isAlphabet(text.charAt(i))) {
                throw new IllegalArgumentException("not a base64url character at index " + i);
            }
        }
        byte[] bytes = DECODER.decode(text);
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("base64url has non-zero trailing bits");
        }
        return bytes;
    }

    /** Decodes {@code text} that must hold exactly {@code length} bytes. */
    public static byte[] decodeFixed(String text, int length) {
        byte[] bytes = decode(text);
        if (bytes.length != length) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException("expected " + length + " bytes, got " + bytes.length);
        }
        return bytes;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
