package com.gmpgate.fakes;

import com.gmpgate.port.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque paging cursors as the ports promise them: the position plus the partition it belongs to, MACed with a
 * key of this store instance, so a client can neither forge one nor reuse it on another site's listing.
 */
final class Cursors {

    private static final int TAG_BYTES = 16;
    private final byte[] key = new byte[32];

    Cursors() {
        new SecureRandom().nextBytes(key);
    }

    String issue(String partition, String position) {
        byte[] body = (partition + '\n' + position).getBytes(StandardCharsets.UTF_8);
        byte[] tag = mac(body);
        byte[] cursor = Arrays.copyOf(body, body.length + TAG_BYTES);
        System.arraycopy(tag, 0, cursor, body.length, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
    }

    /** @return the position, if the cursor is one of ours for {@code partition} */
    String open(String cursor, String partition) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not a cursor");
        }
        if (bytes.length <= TAG_BYTES) {
            throw new InvalidCursorException("not a cursor");
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(bytes, bytes.length - TAG_BYTES, bytes.length);
        if (!MessageDigest.isEqual(tag, mac(body))) {
            throw new InvalidCursorException("cursor was altered or not issued here");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0 || !text.substring(0, newline).equals(partition)) {
            throw new InvalidCursorException("cursor belongs to another listing");
        }
        return text.substring(newline + 1);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(body), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
