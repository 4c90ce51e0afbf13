package com.gmpgate.auth.application;

/** The account is disabled. */
public final class AccountDisabledException extends AuthException {
    public AccountDisabledException() {
        super("AccountDisabled");
    }
}
