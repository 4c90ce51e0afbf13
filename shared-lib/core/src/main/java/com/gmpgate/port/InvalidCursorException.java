package com.gmpgate.port;

/** A paging cursor that this store did not issue, or that was altered. */
public class InvalidCursorException extends StoreException {
    public InvalidCursorException(String message) {
        super(message);
    }
}
