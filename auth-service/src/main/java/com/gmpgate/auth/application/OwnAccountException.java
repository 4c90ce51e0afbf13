package com.gmpgate.auth.application;

/** An admin tried to demote or disable themselves, which could leave a site with no admin. */
public final class OwnAccountException extends AuthException {
    public OwnAccountException() {
        super("OwnAccount");
    }
}
