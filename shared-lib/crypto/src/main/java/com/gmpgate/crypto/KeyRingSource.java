package com.gmpgate.crypto;

import java.util.Optional;

/**
 * A key ring as it is trusted now: empty while its store holds no key yet (a fresh deployment). Verifiers ask once
 * per token, so asking must be cheap; shared-lib/keys' {@code ReloadingKeyRing} reads the store now and then.
 */
@FunctionalInterface
public interface KeyRingSource {
    Optional<KeyRing> current();
}
