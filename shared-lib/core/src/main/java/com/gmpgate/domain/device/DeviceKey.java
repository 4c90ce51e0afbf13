package com.gmpgate.domain.device;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone's public P-256 key, as the worker's PWA registered it: the JWK coordinates (base64url, unpadded, 32
 * bytes each) and the key's RFC 7638 thumbprint, which is what a pass is bound to ({@code cnf.jkt}, RFC 7800).
 * The private key never leaves the phone (WebCrypto, non-extractable).
 */
public record DeviceKey(String thumbprint, String x, String y) {

    private static final Pattern B64URL_32 = Pattern.compile("[A-Za-z0-9_-]{43}");

    public DeviceKey {
        Objects.requireNonNull(thumbprint, "thumbprint");
        if (!B64URL_32.matcher(thumbprint).matches() || x == null || !B64URL_32.matcher(x).matches()
                || y == null || !B64URL_32.matcher(y).matches()) {
            throw new IllegalArgumentException("thumbprint, x and y must each be 32 bytes of base64url");
        }
    }
}
