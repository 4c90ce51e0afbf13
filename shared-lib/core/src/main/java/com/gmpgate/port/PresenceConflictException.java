package com.gmpgate.port;

/** Anti-passback: IN while already inside, or OUT while not inside. */
public class PresenceConflictException extends ConflictException {
    private final boolean inside;

    public PresenceConflictException(boolean inside) {
        super(inside ? "worker is already inside" : "worker is not inside");
        this.inside = inside;
    }

    /** True for ALREADY_INSIDE, false for NOT_INSIDE. */
    public boolean alreadyInside() {
        return inside;
    }
}
