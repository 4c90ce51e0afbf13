package com.gmpgate.qr.application;

/** The worker has no pass that is in date and not revoked (none today, or it was revoked). */
public final class NoCurrentPassException extends RuntimeException {
    public NoCurrentPassException() {
        super("no current pass", null, false, false);
    }
}
