package com.gmpgate.crypto;

import java.util.regex.Pattern;

/** Key ids travel in token headers and JWKS: keep them short and free of anything that needs escaping. */
final class KeyIds {

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._~:+/=-]{1,128}");

    private KeyIds() {
    }

    static String require(String kid) {
        if (kid == null || !KID.matcher(kid).matches()) {
            throw new KeyFormatException("kid must be 1-128 characters of [A-Za-z0-9._~:+/=-]");
        }
        return kid;
    }
}
