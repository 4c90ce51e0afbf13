package com.gmpgate.crypto;

/** Key material that cannot be used: wrong curve, a point off the curve, a bad JWK. */
public final class KeyFormatException extends RuntimeException {

    public KeyFormatException(String message) {
        super(message);
    }
}
