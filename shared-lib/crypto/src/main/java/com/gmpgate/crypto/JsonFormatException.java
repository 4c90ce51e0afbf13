package com.gmpgate.crypto;

/** Text that is not the JSON this module accepts: invalid, not an object, duplicate keys, trailing content. */
public final class JsonFormatException extends RuntimeException {

    public JsonFormatException(String message) {
        super(message);
    }
}
