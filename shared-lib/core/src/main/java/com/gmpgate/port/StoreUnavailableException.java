package com.gmpgate.port;

/**
 * The storage engine could not be reached or kept failing after the SDK's retries. Nothing was
 * written, or the write is safe to repeat (every write is a single conditional item write).
 */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
