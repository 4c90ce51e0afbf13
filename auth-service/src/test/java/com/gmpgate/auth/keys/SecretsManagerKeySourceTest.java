package com.gmpgate.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import com.gmpgate.fakes.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/**
 * The adapter's own logic (bootstrap race, reload on unknown kid) against a stand-in for the service that keeps
 * Secrets Manager's documented rule: a version id, once used, cannot take a different value.
 */
class SecretsManagerKeySourceTest {

    /** A secret with versions; AWSCURRENT is the newest. */
    static final class SecretStandIn implements SecretsManagerClient {
        final Map<String, String> versions = new LinkedHashMap<>();
        String current;
        int reads;
        boolean down;
        Runnable beforePut = () -> { };

        SecretStandIn(String initial) {
            put(UUID.randomUUID().toString(), initial);
        }

        void put(String versionId, String value) {
            versions.put(versionId, value);
            current = versionId;
        }

        @Override
        public GetSecretValueResponse getSecretValue(Consumer<GetSecretValueRequest.Builder> request) {
            reads++;
            if (down) {
                throw SdkClientException.create("connect timed out");
            }
            return GetSecretValueResponse.builder().versionId(current).secretString(versions.get(current)).build();
        }

        @Override
        public PutSecretValueResponse putSecretValue(Consumer<PutSecretValueRequest.Builder> consumer) {
            beforePut.run();
            PutSecretValueRequest request = PutSecretValueRequest.builder().applyMutation(consumer).build();
            String existing = versions.get(request.clientRequestToken());
            if (existing != null && !existing.equals(request.secretString())) {
                throw ResourceExistsException.builder().message("version exists").build();
            }
            put(request.clientRequestToken(), request.secretString());
            return PutSecretValueResponse.builder().versionId(request.clientRequestToken()).build();
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"));

    @Test
    void anEmptySecret_getsItsFirstKeyFromTheAuthFunction() {
        SecretStandIn secret = new SecretStandIn("{\"keys\":[]}");

        SecretsManagerKeySource keys = SecretsManagerKeySource.forSigning(secret, "arn:secret", new SecureRandom(), clock);

        assertThat(StoredKeys.parse(secret.versions.get(secret.current)).signingKey().kid())
                .isEqualTo(keys.signingKey().kid());
        assertThat(secret.current).startsWith("bootstrap-");
    }

    @Test
    void whenAnotherColdStartFilledItFirst_itsKeyIsUsed() {
        SecretStandIn secret = new SecretStandIn("{\"keys\":[]}");
        String emptyVersion = secret.current;
        SigningKey winner = SigningKey.generate(new SecureRandom());
        secret.beforePut = () -> {
            secret.beforePut = () -> { };
            secret.put(SecretsManagerKeySource.bootstrapVersionId(emptyVersion),
                    new StoredKeys(winner, List.of()).toJson());
        };

        SecretsManagerKeySource keys = SecretsManagerKeySource.forSigning(secret, "arn:secret", new SecureRandom(), clock);

        assertThat(keys.signingKey().kid()).isEqualTo(winner.kid());
    }

    @Test
    void theAuthorizer_neverWrites_andSeesKeysThatAppearLater() {
        SecretStandIn secret = new SecretStandIn("{\"keys\":[]}");
        SecretsManagerKeySource verifying = SecretsManagerKeySource.forVerifying(secret, "arn:secret", clock);
        SigningKey key = SigningKey.generate(new SecureRandom());
        secret.put(UUID.randomUUID().toString(), new StoredKeys(key, List.of()).toJson());

        assertThat(verifying.verificationKey(key.kid())).as("within the reload interval").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(verifying.verificationKey(key.kid())).isPresent();
        assertThat(secret.versions).hasSize(2);
    }

    @Test
    void unknownKids_rereadTheSecretAtMostOnceAMinute() {
        SecretStandIn secret = new SecretStandIn(new StoredKeys(SigningKey.generate(new SecureRandom()), List.of())
                .toJson());
        SecretsManagerKeySource keys = SecretsManagerKeySource.forVerifying(secret, "arn:secret", clock);
        int readsAtStart = secret.reads;

        for (int i = 0; i < 100; i++) {
            keys.verificationKey("garbage-" + i);
        }
        clock.advance(Duration.ofSeconds(61));
        keys.verificationKey("garbage");

        assertThat(secret.reads - readsAtStart).isEqualTo(1);
    }

    @Test
    void aSecretWithOtherContent_isNeverOverwritten() {
        SecretStandIn secret = new SecretStandIn("{\"password\":\"something an operator put here\"}");

        assertThatThrownBy(() -> SecretsManagerKeySource.forSigning(secret, "arn:secret", new SecureRandom(), clock))
                .isInstanceOf(com.gmpgate.crypto.KeyFormatException.class);
        assertThat(secret.versions).hasSize(1);
    }

    @Test
    void sdkFailures_doNotCrossThePort() {
        SecretStandIn secret = new SecretStandIn("{\"keys\":[]}");
        secret.down = true;

        assertThatThrownBy(() -> SecretsManagerKeySource.forVerifying(secret, "arn:secret", clock))
                .isInstanceOf(KeySourceUnavailableException.class);
    }
}
