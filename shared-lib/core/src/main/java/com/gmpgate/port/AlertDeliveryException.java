package com.gmpgate.port;

/** An alert could not be handed to the messaging service. */
public class AlertDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlertDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
