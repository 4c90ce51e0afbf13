package com.gmpgate.credentials;

import java.time.Instant;

/**
 * Too many attempts for now — logins from one client address, or an admin's refused user creations — until
 * {@link #retryAt()}.
 */
public final class TooManyAttemptsException extends CredentialException {

    private final Instant retryAt;

    public TooManyAttemptsException(Instant retryAt) {
        super("too many attempts until " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
