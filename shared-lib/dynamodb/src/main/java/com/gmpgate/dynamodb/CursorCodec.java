package com.gmpgate.dynamodb;

import com.gmpgate.port.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Paging cursors: the LastEvaluatedKey and the identity of the listing it belongs to (table, index,
 * partition value, filters), HMAC-SHA256 signed. A cursor that was altered, or that comes from another
 * listing (say another site's), is refused, so a client cannot page outside what it was allowed to list.
 * Signed, not encrypted: it holds only key values the client has already seen.
 */
public final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public CursorCodec(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the cursor secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public static CursorCodec ofSecret(String secret) {
        return new CursorCodec(secret.getBytes(StandardCharsets.UTF_8));
    }

    String encode(String listing, Map<String, AttributeValue> lastKey) {
        StringJoiner payload = new StringJoiner(".");
        payload.add(text(listing));
        lastKey.forEach((name, value) -> {
            payload.add(text(name));
            if (value.s() != null) {
                payload.add("S").add(text(value.s()));
            } else if (value.n() != null) {
                payload.add("N").add(text(value.n()));
            } else {
                throw new IllegalStateException("key attribute " + name + " is neither S nor N");
            }
        });
        String body = payload.toString();
        return body + "~" + ENCODER.encodeToString(mac(body));
    }

    /**
     * @throws InvalidCursorException for anything but a cursor this codec issued for {@code listing}: the only
     *         refusal, whatever the text (clients send what they like as {@code ?cursor=})
     */
    Map<String, AttributeValue> decode(String listing, String cursor) {
        int tilde = cursor.lastIndexOf('~');
        if (tilde < 0) {
            throw new InvalidCursorException("malformed cursor");
        }
        String body = cursor.substring(0, tilde);
        String signatureText = cursor.substring(tilde + 1);
        byte[] signature;
        try {
            signature = DECODER.decode(signatureText);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("malformed cursor");
        }
        // the decoder also takes padding and stray low bits: one cursor has one spelling
        if (!ENCODER.encodeToString(signature).equals(signatureText)) {
            throw new InvalidCursorException("malformed cursor");
        }
        if (!MessageDigest.isEqual(signature, mac(body))) {
            throw new InvalidCursorException("cursor was not issued by this service or was altered");
        }
        // Signed by us, so well formed; checked all the same, so that a leaked secret or a bug in encode() is
        // still a refusal and never a 500 or a malformed ExclusiveStartKey sent to DynamoDB.
        String[] parts = body.split("\\.", -1);
        if (!untext(parts[0]).equals(listing)) {
            throw new InvalidCursorException("cursor belongs to another listing");
        }
        if ((parts.length - 1) % 3 != 0 || parts.length == 1) {
            throw new InvalidCursorException("malformed cursor");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i += 3) {
            String name = untext(parts[i]);
            String value = untext(parts[i + 2]);
            if (name.isEmpty() || key.containsKey(name)) {
                throw new InvalidCursorException("malformed cursor");
            }
            switch (parts[i + 1]) {
                case "S" -> key.put(name, AttributeValue.fromS(value));
                case "N" -> key.put(name, AttributeValue.fromN(number(value)));
                default -> throw new InvalidCursorException("malformed cursor");
            }
        }
        return key;
    }

    private static String number(String value) {
        try {
            new java.math.BigDecimal(value);
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidCursorException("malformed cursor");
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String text(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String value) {
        try {
            return new String(DECODER.decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("malformed cursor");
        }
    }
}
