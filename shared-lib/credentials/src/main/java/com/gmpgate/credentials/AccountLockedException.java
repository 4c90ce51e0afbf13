package com.gmpgate.credentials;

import java.time.Instant;

/** Too many failed logins: no login until {@link #lockedUntil()}. */
public final class AccountLockedException extends CredentialException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("AccountLocked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
