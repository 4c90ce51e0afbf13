package com.gmpgate.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Fixed keys, so that tests never depend on a random source. */
final class TestKeys {

    /** RFC 7515 appendix A.3's key. */
    static final String RFC7515_X = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
    static final String RFC7515_Y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
    static final String RFC7515_D = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";

    private TestKeys() {
    }

    /** A key whose private scalar is SHA-256 of its kid. */
    static SigningKey key(String kid) {
        return SigningKey.of(kid, Es256.sha256(kid.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
