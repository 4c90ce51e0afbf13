package com.gmpgate.domain.verdict;

/** A verdict cannot be replayed with this pack: it is not the pack (by content hash) it was evaluated with. */
public class RulePackMismatchException extends RuntimeException {
    public RulePackMismatchException(String message) {
        super(message);
    }
}
