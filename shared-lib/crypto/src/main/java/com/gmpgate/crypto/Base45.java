package com.gmpgate.crypto;

/**
 * Base45 (RFC 9285): bytes as text in the 45 characters of a QR code's alphanumeric mode, which packs 11 bits per
 * two characters, so 2 bytes take 3 characters and the QR code stays small. Decoding is strict: a character outside
 * the alphabet, a length that is 1 modulo 3, or a triple above 65535 is refused.
 */
public final class Base45 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length / 2 * 3 + 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int n = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (bytes.length % 2 == 1) {
            int n = bytes[bytes.length - 1] & 0xff;
            text.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException unless {@code text} is strict base45 */
    public static byte[] decode(String text) {
        if (text.length() % 3 == 1) {
            throw new IllegalArgumentException("base45 length " + text.length() + " is 1 modulo 3");
        }
        byte[] bytes = new byte[text.length() / 3 * 2 + (text.length() % 3 == 2 ? 1 : 0)];
        int out = 0;
        for (int i = 0; i < text.length(); i += 3) {
            if (i + 2 < text.length()) {
                int n = value(text, i) + value(text, i + 1) * 45 + value(text, i + 2) * 2025;
                if (n > 0xffff) {
                    throw new IllegalArgumentException("base45 triple at " + i + " exceeds 65535");
                }
                bytes[out++] = (byte) (n >> 8);
                bytes[out++] = (byte) n;
            } else {
                int n = value(text, i) + value(text, i + 1) * 45;
                if (n > 0xff) {
                    throw new IllegalArgumentException("base45 final pair exceeds 255");
                }
                bytes[out++] = (byte) n;
            }
        }
        return bytes;
    }

    private static int value(String text, int index) {
        int value = ALPHABET.indexOf(text.charAt(index));
        if (value < 0) {
            throw new IllegalArgumentException("not a base45 character at " + index);
        }
        return value;
    }
}
