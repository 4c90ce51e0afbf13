package com.gmpgate.keys;

import com.gmpgate.crypto.KeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The QR pass-signing keys ({@link KeyRingStore#PASSES}), separate from the access-token keys (DESIGN.md
 * section 4). checklist-service signs passes and is the one function allowed to create the first key; qr-service
 * reads them to verify passes and to publish the JWKS.
 */
public final class PassKeys {

    /** The pass token's {@code iss}: what checklist-service signs and every gate checks. */
    public static final String ISSUER = "urn:gmp-hygiene-gate:pass";

    /** Id or ARN of the Secrets Manager secret with the pass keys (AWS). */
    public static final String SECRET = KeyRingStore.PASS_KEYS_SECRET;
    public static final String DATA_DIR = KeyRingStore.DATA_DIR;
    public static final String REGION = KeyRingStore.REGION;
    public static final String FILE_NAME = KeyRingStore.PASSES.fileName();

    private PassKeys() {
    }

    /** See {@link KeyRingStore#forSigning}. */
    public static KeyRing forSigning(Map<String, String> env, SecureRandom random) {
        return KeyRingStore.PASSES.forSigning(env, random);
    }

    /** See {@link KeyRingStore#forVerifying}. */
    public static Optional<KeyRing> forVerifying(Map<String, String> env) {
        return KeyRingStore.PASSES.forVerifying(env);
    }

    public static Path keyFile(Path dataDir) {
        return KeyRingStore.PASSES.keyFile(dataDir);
    }
}
