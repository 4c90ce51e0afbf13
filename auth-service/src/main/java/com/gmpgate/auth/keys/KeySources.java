package com.gmpgate.auth.keys;

import com.gmpgate.api.Env;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.auth.token.AccessTokenKeys;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Picks the key adapter for the environment: locally (a data directory is set) a key file there; in AWS the
 * Secrets Manager secret, which the auth function fills on first start and the authorizer only reads.
 */
public final class KeySources {

    private KeySources() {
    }

    public static AccessTokenKeys forSigning(Env env, SecureRandom random, Clock clock) {
        if (env.optional(AuthEnvironment.DATA_DIR).isPresent()) {
            return FileKeySource.inDataDir(Path.of(env.required(AuthEnvironment.DATA_DIR)), random);
        }
        return SecretsManagerKeySource.forSigning(secretsManager(env),
                env.required(AuthEnvironment.ACCESS_TOKEN_KEYS_SECRET), random, clock);
    }

    public static AccessTokenKeys forVerifying(Env env, Clock clock) {
        if (env.optional(AuthEnvironment.DATA_DIR).isPresent()) {
            return FileKeySource.inDataDir(Path.of(env.required(AuthEnvironment.DATA_DIR)), new SecureRandom());
        }
        return SecretsManagerKeySource.forVerifying(secretsManager(env),
                env.required(AuthEnvironment.ACCESS_TOKEN_KEYS_SECRET), clock);
    }

    private static SecretsManagerClient secretsManager(Env env) {
        return SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .region(Region.of(env.required(AuthEnvironment.REGION)))
                // Lambda hands the role's credentials in the environment; skip walking the default chain
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }
}
