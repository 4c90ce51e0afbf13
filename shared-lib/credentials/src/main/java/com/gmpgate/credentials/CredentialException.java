package com.gmpgate.credentials;

/** Base of the password checks' refusals: expected outcomes, so no stack trace. */
public abstract class CredentialException extends RuntimeException {
    protected CredentialException(String message) {
        super(message, null, false, false);
    }
}
