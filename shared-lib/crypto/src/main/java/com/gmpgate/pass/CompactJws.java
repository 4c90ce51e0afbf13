package com.gmpgate.pass;

import com.gmpgate.crypto.Base64Url;

/**
 * The strict reading of a compact JWS (RFC 7515 §7.1) that a pass must pass before java-jwt decodes it and
 * {@link com.gmpgate.crypto.BouncyCastleEs256} checks its signature: a size bound, exactly three parts, each
 * canonical base64url (java-jwt's decoder alone accepts padding and ignores trailing bits, so one token would have
 * several spellings). Header and payload come back decoded, for the strict JSON reading of {@link PassTokenFormat}.
 */
final class CompactJws {

    /** A pass token is a QR code: a few hundred characters. Anything far larger is not ours; don't parse it. */
    static final int MAX_LENGTH = 4096;

    private final byte[] header;
    private final byte[] payload;

    private CompactJws(byte[] header, byte[] payload) {
        this.header = header;
        this.payload = payload;
    }

    /** @throws RejectedPassException MALFORMED unless the token is three strictly base64url parts within size */
    static CompactJws parse(String token) {
        return parse(token, MAX_LENGTH);
    }

    /** The same, for a JWS that may be longer than a pass (a gate's roster). */
    static CompactJws parse(String token, int maxLength) {
        if (token == null || token.length() > maxLength) {
            throw malformed();
        }
        int firstDot = token.indexOf('.');
        int secondDot = token.indexOf('.', firstDot + 1);
        if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
            throw malformed();
        }
        decode(token.substring(secondDot + 1));
        return new CompactJws(decode(token.substring(0, firstDot)), decode(token.substring(firstDot + 1, secondDot)));
    }

    byte[] header() {
        return header;
    }

    byte[] payload() {
        return payload;
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
