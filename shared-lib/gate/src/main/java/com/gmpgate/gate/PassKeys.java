package com.gmpgate.gate;

import com.gmpgate.pass.PassKeyRing;

/**
 * The pass-signing key ring as the gate trusts it now. Implementations may reload it (a rotation adds a key);
 * the gate asks once per scan, so asking must be cheap.
 */
@FunctionalInterface
public interface PassKeys {
    PassKeyRing current();
}
