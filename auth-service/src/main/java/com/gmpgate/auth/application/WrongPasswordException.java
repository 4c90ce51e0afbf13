package com.gmpgate.auth.application;

/** A password change whose current password is wrong. */
public final class WrongPasswordException extends AuthException {
    public WrongPasswordException() {
        super("WrongPassword");
    }
}
