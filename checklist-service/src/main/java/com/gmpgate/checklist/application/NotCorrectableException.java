package com.gmpgate.checklist.application;

/** The decision named cannot be corrected: none, unsigned, tampered, or no longer the latest (409). */
public final class NotCorrectableException extends RuntimeException {

    private final boolean superseded;

    public NotCorrectableException(String message, boolean superseded) {
        super(message);
        this.superseded = superseded;
    }

    /** The decision named was the latest once, but another correction has landed since (a race, a stale page). */
    public boolean superseded() {
        return superseded;
    }
}
