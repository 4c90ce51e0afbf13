package com.gmpgate.keys;

import com.gmpgate.pass.PassKeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The QR pass-signing keys, separate from the login-token keys (DESIGN.md section 4). checklist-service signs
 * passes and is the one function allowed to create the first key; qr-service reads them to verify passes and
 * to publish the JWKS. Locally (a data directory is set, as local-api does) they live in a key file there; in AWS
 * in the Secrets Manager secret template.yaml creates.
 */
public final class PassKeys {

    /** The pass token's {@code iss}: what checklist-service signs and every gate checks. */
    public static final String ISSUER = "urn:gmp-hygiene-gate:pass";

    /** Id or ARN of the Secrets Manager secret with the pass keys (AWS). */
    public static final String SECRET = "GMP_PASS_KEYS_SECRET";
    /** Set by local-api only: keys go to {@code <dir>/keys/} and Secrets Manager is not used. */
    public static final String DATA_DIR = "GMP_DATA_DIR";
    public static final String REGION = "AWS_REGION";
    public static final String FILE_NAME = "pass-keys.jwks.json";

    private PassKeys() {
    }

    /**
     * The ring that signs, creating its first key if there is none yet. Read once per execution environment.
     *
     * @throws IllegalStateException naming the variable when the environment lacks it
     * @throws KeyUnavailableException if the key store cannot be reached
     */
    public static PassKeyRing forSigning(Map<String, String> env, SecureRandom random) {
        Optional<String> dataDir = optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return PassKeyRing.of(KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), random));
        }
        try (SecretsManagerClient client = secretsManager(env)) {
            return PassKeyRing.of(SecretsManagerKeys.readOrBootstrap(client, required(env, SECRET), random));
        }
    }

    /**
     * The ring to verify with (its public keys), or empty while no pass has ever been signed in AWS. Locally the
     * key file is created if need be, so a verifier that starts first still agrees with the signer.
     */
    public static Optional<PassKeyRing> forVerifying(Map<String, String> env) {
        Optional<String> dataDir = optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return Optional.of(PassKeyRing.verifyOnly(PassKeyRing.of(
                    KeyFiles.loadOrCreate(keyFile(Path.of(dataDir.get())), new SecureRandom())).verificationKeys()));
        }
        try (SecretsManagerClient client = secretsManager(env)) {
            return SecretsManagerKeys.read(client, required(env, SECRET))
                    .map(keys -> PassKeyRing.verifyOnly(PassKeyRing.of(keys).verificationKeys()));
        }
    }

    public static Path keyFile(Path dataDir) {
        return dataDir.resolve("keys").resolve(FILE_NAME);
    }

    /** Also {@link VapidKeys}' client. */
    static SecretsManagerClient secretsManager(Map<String, String> env) {
        return SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .region(Region.of(required(env, REGION)))
                // Lambda hands the role's credentials in the environment; skip walking the default chain
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }

    static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() ->
                new IllegalStateException("environment variable " + name + " must be set"));
    }
}
