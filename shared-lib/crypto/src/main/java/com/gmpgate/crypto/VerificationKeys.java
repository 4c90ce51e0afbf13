package com.gmpgate.crypto;

import java.util.Optional;

/** Where a verifier finds the public key a token's {@code kid} names: a {@link KeyRing}, or one that reloads. */
@FunctionalInterface
public interface VerificationKeys {

    Optional<VerificationKey> verificationKey(String kid);
}
