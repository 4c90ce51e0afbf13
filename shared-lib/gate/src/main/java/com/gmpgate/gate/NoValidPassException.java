package com.gmpgate.gate;

/** The worker has no valid pass now: today's checklist first. */
public class NoValidPassException extends RuntimeException {
    public NoValidPassException() {
        super("The worker has no valid pass now: today's checklist first.");
    }
}
