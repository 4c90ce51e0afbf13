package com.gmpgate.auth.keys;

/** The key store could not be read (or written at bootstrap); SDK exceptions never leave the adapter. */
public final class KeySourceUnavailableException extends RuntimeException {
    public KeySourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
