package com.gmpgate.auth.application;

/** Base of the auth use cases' refusals: expected outcomes, so no stack trace. */
public abstract class AuthException extends RuntimeException {
    protected AuthException(String message) {
        super(message, null, false, false);
    }
}
