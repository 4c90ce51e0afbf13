package com.gmpgate.checklist.application;

/**
 * An approval that would admit a worker whose day a FAIL has locked out: the lockout wins. The supervisor reinstates
 * the worker by approving a screening made after that FAIL (a lockout's FAIL), which ends the lockout.
 */
public final class LockedOutException extends RuntimeException {
    public LockedOutException(String message) {
        super(message);
    }
}
