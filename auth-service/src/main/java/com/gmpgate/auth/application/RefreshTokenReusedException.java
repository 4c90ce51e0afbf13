package com.gmpgate.auth.application;

/** A refresh token was used twice: its family has been revoked. */
public final class RefreshTokenReusedException extends AuthException {
    public RefreshTokenReusedException() {
        super("RefreshTokenReused");
    }
}
