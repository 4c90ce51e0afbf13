package com.gmpgate.auth.application;

/** Login id or password is wrong (or the login id does not exist: the reply is the same). */
public final class InvalidCredentialsException extends AuthException {
    public InvalidCredentialsException() {
        super("InvalidCredentials");
    }
}
