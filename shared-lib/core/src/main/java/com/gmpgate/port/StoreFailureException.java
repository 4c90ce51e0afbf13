package com.gmpgate.port;

/**
 * The store refused the request for a reason retrying will not fix: a missing table, a request it
 * considers invalid, denied access. A bug or a misconfiguration; the handler answers 500.
 */
public class StoreFailureException extends StoreException {
    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
