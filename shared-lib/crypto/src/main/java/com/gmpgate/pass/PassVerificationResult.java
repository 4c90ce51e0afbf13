package com.gmpgate.pass;

import java.util.Objects;
import java.util.Optional;

/** The outcome of checking a pass token: its claims, or why it was refused. */
public sealed interface PassVerificationResult {

    boolean isValid();

    /** A genuine pass, in date, for the issuer and site asked about. */
    record Valid(PassClaims claims) implements PassVerificationResult {

        public Valid {
            Objects.requireNonNull(claims, "claims");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * A refused token. {@code signedClaims} is present only when the signature verified (EXPIRED, NOT_YET_VALID,
     * WRONG_SITE), so the gate can log whose pass it was; claims of an unauthenticated token are never handed out.
     */
    record Rejected(PassRejectionReason reason, Optional<PassClaims> signedClaims) implements PassVerificationResult {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(signedClaims, "signedClaims");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
