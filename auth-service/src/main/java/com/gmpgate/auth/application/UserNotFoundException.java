package com.gmpgate.auth.application;

/** No such user on the caller's site (a user of another site is reported the same way). */
public final class UserNotFoundException extends AuthException {
    public UserNotFoundException() {
        super("UserNotFound");
    }
}
