package com.gmpgate.keys;

import static com.gmpgate.aws.LambdaClients.optional;
import static com.gmpgate.aws.LambdaClients.required;

import com.gmpgate.aws.LambdaClients;
import com.gmpgate.crypto.KeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Where one key ring is stored: in AWS the Secrets Manager secret that {@code secretVariable} names (template.yaml
 * creates it empty; {@link SecretsManagerKeys} fills it), locally (a data directory is set, as local-api does) the
 * file {@code <dataDir>/keys/<fileName>} ({@link KeyFiles}). One function per ring signs and may create its first
 * key; the others only verify.
 *
 * @param secretVariable the environment variable with the secret's id or ARN
 * @param fileName       the key file's name in the local data directory
 */
public record KeyRingStore(String secretVariable, String fileName) {

    /** Id or ARN of the Secrets Manager secret with the pass keys (AWS). */
    public static final String PASS_KEYS_SECRET = "GMP_PASS_KEYS_SECRET";
    /** Id or ARN of the Secrets Manager secret with the access-token keys (AWS). */
    public static final String ACCESS_TOKEN_KEYS_SECRET = "GMP_ACCESS_TOKEN_KEYS_SECRET";

    /** QR passes: checklist-service signs, qr-service and access-log-service verify (and publish the JWKS). */
    public static final KeyRingStore PASSES = new KeyRingStore(PASS_KEYS_SECRET, "pass-keys.jwks.json");
    /** Access tokens: AuthFunction signs, the authorizers verify. */
    public static final KeyRingStore ACCESS_TOKENS =
            new KeyRingStore(ACCESS_TOKEN_KEYS_SECRET, "access-token-keys.jwks.json");

    /** Set by local-api only: keys go to {@code <dir>/keys/} and Secrets Manager is not used. */
    public static final String DATA_DIR = "GMP_DATA_DIR";
    public static final String REGION = LambdaClients.REGION;

    /**
     * The ring that signs, creating its first key if there is none yet. Read once per execution environment.
     *
     * @throws IllegalStateException naming the variable when the environment lacks it
     * @throws KeyUnavailableException if the key store cannot be reached
     */
    public KeyRing forSigning(Map<String, String> env, SecureRandom random) {
        Optional<String> dataDir = optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return KeyRing.of(KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), random));
        }
        try (SecretsManagerClient client = secretsManager(env)) {
            return KeyRing.of(SecretsManagerKeys.readOrBootstrap(client, required(env, secretVariable), random));
        }
    }

    /**
     * The ring to verify with (its public keys), or empty while nothing has ever been signed in AWS. Locally the
     * key file is created if need be, so a verifier that starts first still agrees with the signer.
     */
    public Optional<KeyRing> forVerifying(Map<String, String> env) {
        return stored(env).map(KeyRingStore::publicHalf);
    }

    /**
     * The ring with its signing key as stored, for a function that signs but must not create the first key (it
     * would race the one that does); empty while nothing is stored in AWS. Locally as {@link #forVerifying}.
     */
    public Optional<KeyRing> stored(Map<String, String> env) {
        Optional<String> dataDir = optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return Optional.of(KeyRing.of(KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), new SecureRandom())));
        }
        try (SecretsManagerClient client = secretsManager(env)) {
            return SecretsManagerKeys.read(client, required(env, secretVariable)).map(KeyRing::of);
        }
    }

    public Path keyFile(Path dataDir) {
        return dataDir.resolve("keys").resolve(fileName);
    }

    private static KeyRing publicHalf(KeyRing ring) {
        return KeyRing.verifyOnly(ring.verificationKeys());
    }

    private static SecretsManagerClient secretsManager(Map<String, String> env) {
        return secretsManagerBuilder(env).build();
    }

    /** The key rings' client as the environment sets it up ({@link SecretsManagerPriming} builds it too). */
    static SecretsManagerClientBuilder secretsManagerBuilder(Map<String, String> env) {
        return LambdaClients.configure(SecretsManagerClient.builder(), env);
    }
}
