package com.gmpgate.crypto;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/** P-256 parameters as the JDK's default provider names them; loaded only when JDK keys are asked for. */
final class JdkP256 {

    private static final ECParameterSpec SPEC = load();

    private JdkP256() {
    }

    static ECParameterSpec spec() {
        return SPEC;
    }

    private static ECParameterSpec load() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no secp256r1", e);
        }
    }
}
