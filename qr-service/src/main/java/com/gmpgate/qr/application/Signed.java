package com.gmpgate.qr.application;

import com.gmpgate.domain.signature.ElectronicSignature;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a signed act and the signature this request made: absent when the act had already been done (a
 * pass revoked before, a repeated scan id), whose first signature stays in the audit trail.
 */
public record Signed<T>(T value, Optional<ElectronicSignature> signature) {
    public Signed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(signature, "signature");
    }
}
