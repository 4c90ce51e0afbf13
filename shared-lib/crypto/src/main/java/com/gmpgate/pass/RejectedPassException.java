package com.gmpgate.pass;

/** Carries a rejection out of the parsing code to the verifier, which turns it into a result; never escapes. */
final class RejectedPassException extends RuntimeException {

    private final PassRejectionReason reason;

    RejectedPassException(PassRejectionReason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    PassRejectionReason reason() {
        return reason;
    }
}
