package com.gmpgate.checklist.application;

/** A worker asked for another worker's submissions ({@code ?workerId=}): 403, never a silent empty page. */
public final class ForbiddenListingException extends RuntimeException {
    public ForbiddenListingException() {
        super("workers list only their own submissions");
    }
}
