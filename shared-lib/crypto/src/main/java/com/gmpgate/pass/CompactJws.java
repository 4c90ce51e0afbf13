package com.gmpgate.pass;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import java.nio.charset.StandardCharsets;

/**
 * The three parts of a compact JWS (RFC 7515 §7.1), decoded. {@code signingInput} is the text as received, not a
 * re-encoding, because that is what was signed.
 */
final class CompactJws {

    /** A pass token is a QR code: a few hundred characters. Anything far larger is not ours; don't parse it. */
    static final int MAX_LENGTH = 4096;

    private final byte[] signingInput;
    private final byte[] header;
    private final byte[] payload;
    private final byte[] signature;

    private CompactJws(byte[] signingInput, byte[] header, byte[] payload, byte[] signature) {
        this.signingInput = signingInput;
        this.header = header;
        this.payload = payload;
        this.signature = signature;
    }

    static String sign(SigningKey key, String headerJson, String payloadJson) {
        String signingInput = encode(headerJson) + '.' + encode(payloadJson);
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + '.' + Base64Url.encode(signature);
    }

    /** @throws RejectedPassException MALFORMED unless the token is three strictly base64url parts within size */
    static CompactJws parse(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            throw malformed();
        }
        int firstDot = token.indexOf('.');
        int secondDot = token.indexOf('.', firstDot + 1);
        if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
            throw malformed();
        }
        return new CompactJws(
                token.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII),
                decode(token.substring(0, firstDot)),
                decode(token.substring(firstDot + 1, secondDot)),
                decode(token.substring(secondDot + 1)));
    }

    byte[] signingInput() {
        return signingInput;
    }

    byte[] header() {
        return header;
    }

    byte[] payload() {
        return payload;
    }

    byte[] signature() {
        return signature;
    }

    private static String encode(String json) {
        return Base64Url.encode(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decode(String part) {
        try {
            return Base64Url.decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static RejectedPassException malformed() {
        return new RejectedPassException(PassRejectionReason.MALFORMED);
    }
}
