package com.gmpgate.gate;

import com.gmpgate.pass.PassKeyRing;
import java.util.Optional;

/**
 * The pass-signing key ring as the gate trusts it now: empty while no pass has ever been signed (a fresh
 * deployment). The gate asks once per scan, so asking must be cheap; see {@link ReloadingPassKeys}.
 */
@FunctionalInterface
public interface PassKeyRingSource {
    Optional<PassKeyRing> current();
}
