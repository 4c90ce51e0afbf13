package com.gmpgate.keys;

/** The key store could not be read (or written at bootstrap); SDK and I/O exceptions never leave this module. */
public final class KeyUnavailableException extends RuntimeException {
    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeyUnavailableException(String message) {
        super(message);
    }
}
