package com.gmpgate.keys;

import com.gmpgate.crypto.SigningKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Web Push application-server key (VAPID, RFC 8292): one P-256 key, kept and bootstrapped like the pass keys
 * ({@link PassKeys}) but in a ring of its own — browsers tie each subscription to this key, so it must not rotate
 * with anything else. Locally (a data directory is set) a key file there; in AWS the Secrets Manager secret
 * template.yaml creates empty. The subscription route creates it (it hands its public half to the browser first);
 * the sender only reads it.
 */
public final class VapidKeys {

    /** Id or ARN of the Secrets Manager secret with the VAPID key (AWS). */
    public static final String SECRET = "GMP_VAPID_KEYS_SECRET";
    public static final String DATA_DIR = PassKeys.DATA_DIR;
    public static final String REGION = PassKeys.REGION;
    public static final String FILE_NAME = "vapid-keys.jwks.json";

    private VapidKeys() {
    }

    /**
     * The key, created on first use.
     *
     * @throws IllegalStateException naming the variable when the environment lacks it
     * @throws KeyUnavailableException if the key store cannot be reached
     */
    public static SigningKey readOrCreate(Map<String, String> env, SecureRandom random) {
        Optional<String> dataDir = PassKeys.optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), random).signingKey();
        }
        try (SecretsManagerClient client = PassKeys.secretsManager(env)) {
            return SecretsManagerKeys.readOrBootstrap(client, PassKeys.required(env, SECRET), random).signingKey();
        }
    }

    /** The key, or empty while none was ever made (no browser can have subscribed yet). */
    public static Optional<SigningKey> read(Map<String, String> env) {
        Optional<String> dataDir = PassKeys.optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return Optional.of(KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), new SecureRandom()).signingKey());
        }
        try (SecretsManagerClient client = PassKeys.secretsManager(env)) {
            return SecretsManagerKeys.read(client, PassKeys.required(env, SECRET)).map(keys -> keys.signingKey());
        }
    }

    public static Path keyFile(Path dataDir) {
        return dataDir.resolve("keys").resolve(FILE_NAME);
    }
}
