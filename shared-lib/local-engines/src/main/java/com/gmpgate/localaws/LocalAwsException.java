package com.gmpgate.localaws;

/** A local engine could not be started or prepared; the message says what to do about it. */
public class LocalAwsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LocalAwsException(String message) {
        super(message);
    }

    public LocalAwsException(String message, Throwable cause) {
        super(message, cause);
    }
}
