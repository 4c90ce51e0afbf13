package com.gmpgate.keys;

import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The Web Push application-server key (VAPID, RFC 8292): one P-256 key, kept and bootstrapped like the pass keys
 * ({@link KeyRingStore}) but in a ring of its own — browsers tie each subscription to this key, so it must not rotate
 * with anything else. Locally (a data directory is set) a key file there; in AWS the Secrets Manager secret
 * template.yaml creates empty. The subscription route creates it (it hands its public half to the browser first);
 * the sender only reads it.
 */
public final class VapidKeys {

    /** Id or ARN of the Secrets Manager secret with the VAPID key (AWS). */
    public static final String SECRET = "GMP_VAPID_KEYS_SECRET";
    public static final String DATA_DIR = KeyRingStore.DATA_DIR;
    public static final String REGION = KeyRingStore.REGION;
    public static final String FILE_NAME = "vapid-keys.jwks.json";
    /** Stored as every key ring is: {@link KeyRingStore}. */
    static final KeyRingStore STORE = new KeyRingStore(SECRET, FILE_NAME);

    private VapidKeys() {
    }

    /**
     * The key, created on first use.
     *
     * @throws IllegalStateException naming the variable when the environment lacks it
     * @throws KeyUnavailableException if the key store cannot be reached
     */
    public static SigningKey readOrCreate(Map<String, String> env, SecureRandom random) {
        return STORE.forSigning(env, random).signingKey().orElseThrow();
    }

    /** The key, or empty while none was ever made (no browser can have subscribed yet). */
    public static Optional<SigningKey> read(Map<String, String> env) {
        return STORE.stored(env).flatMap(KeyRing::signingKey);
    }

    public static Path keyFile(Path dataDir) {
        return STORE.keyFile(dataDir);
    }
}
