package com.gmpgate.auth.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Refresh tokens: 32 random bytes, base64url (43 characters). Only their SHA-256 is stored: a copy of the
 * Sessions table does not let anyone refresh. (A plain hash suffices: the token has 256 bits of entropy, so there
 * is nothing to brute-force, unlike a password.)
 */
public final class RefreshTokens {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public RefreshTokens(SecureRandom random) {
        this.random = random;
    }

    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }

    /** A string of 16 random bytes, base64url: for ids that must not be guessable. */
    public String randomId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }

    public static boolean looksLikeOne(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        return B64URL.encodeToString(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
