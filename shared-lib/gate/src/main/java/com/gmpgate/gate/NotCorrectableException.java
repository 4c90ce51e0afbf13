package com.gmpgate.gate;

/** Only this site's ALREADY_INSIDE or NOT_INSIDE refusals can be corrected. */
public class NotCorrectableException extends RuntimeException {
    public NotCorrectableException() {
        super("Only this site's ALREADY_INSIDE or NOT_INSIDE refusals can be corrected.");
    }
}
