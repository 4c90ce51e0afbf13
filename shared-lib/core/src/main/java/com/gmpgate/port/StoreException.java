package com.gmpgate.port;

/** Base of the storage exceptions adapters throw; SDK exceptions never cross a port. */
public abstract class StoreException extends RuntimeException {
    protected StoreException(String message) {
        super(message);
    }

    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
