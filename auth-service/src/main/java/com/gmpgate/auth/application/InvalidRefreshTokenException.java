package com.gmpgate.auth.application;

/** The refresh token is unknown, expired, revoked, or its user may no longer refresh. */
public final class InvalidRefreshTokenException extends AuthException {

    public enum Reason { UNKNOWN, EXPIRED, REVOKED, PASSWORD_CHANGED, USER_GONE, USER_DISABLED }

    private final Reason reason;

    public InvalidRefreshTokenException(Reason reason) {
        super("InvalidRefreshToken: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
