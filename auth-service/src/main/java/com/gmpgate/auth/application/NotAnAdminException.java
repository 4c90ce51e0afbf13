package com.gmpgate.auth.application;

/**
 * The caller's token says ADMIN but the stored account no longer does (demoted, disabled, gone, moved): an admin
 * write is refused whatever the token claims.
 */
public final class NotAnAdminException extends AuthException {
    public NotAnAdminException() {
        super("the caller is no longer an active admin of the site");
    }
}
