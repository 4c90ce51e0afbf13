package com.gmpgate.auth.token;

/**
 * The token is not a valid access token. The reason is for the server log; the client only ever learns "401".
 * No stack trace: refusing a bad token is routine, not an error.
 */
public final class InvalidAccessTokenException extends Exception {

    public enum Reason {
        MISSING, TOO_LARGE, MALFORMED, WRONG_ALGORITHM, WRONG_TYPE, UNEXPECTED_HEADER, UNKNOWN_KEY, BAD_SIGNATURE,
        EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, MISSING_CLAIM, INVALID_CLAIM
    }

    private final Reason reason;

    public InvalidAccessTokenException(Reason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
