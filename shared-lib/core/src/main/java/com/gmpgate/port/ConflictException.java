package com.gmpgate.port;

/** A conditional write lost: the item exists with other content, or changed since it was read. */
public class ConflictException extends StoreException {
    public ConflictException(String message) {
        super(message);
    }
}
