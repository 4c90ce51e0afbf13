package com.gmpgate.auth.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.auth.token.AccessTokenKeys;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.VerificationKey;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/**
 * Access-token keys in an AWS Secrets Manager secret holding an {@link AccessTokenKeySet}.
 *
 * <p>The template creates the secret as {@code {"keys":[]}} (CloudFormation cannot make an EC key). The auth
 * function, the only one allowed to write it, fills it on first start: it generates a key and puts it as a version
 * whose id is derived from the empty version's id. Secrets Manager refuses a second, different value under the same
 * version id, so among concurrent cold starts exactly one key wins and the losers read it back.
 *
 * <p>The set is read once per execution environment. A token naming an unknown kid (a rotation since) makes the
 * next lookup read the secret again, at most once a minute, so garbage kids cannot turn into a flood of calls.
 */
public final class SecretsManagerKeySource implements AccessTokenKeys {

    static final Duration RELOAD_INTERVAL = Duration.ofMinutes(1);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SecretsManagerClient client;
    private final String secretId;
    private final boolean mayBootstrap;
    private final SecureRandom random;
    private final Clock clock;
    private volatile Optional<AccessTokenKeySet> keys;
    private volatile Instant loadedAt;

    private SecretsManagerKeySource(SecretsManagerClient client, String secretId, boolean mayBootstrap,
                                    SecureRandom random, Clock clock) {
        this.client = client;
        this.secretId = secretId;
        this.mayBootstrap = mayBootstrap;
        this.random = random;
        this.clock = clock;
        this.keys = load();
    }

    /** For the auth function: signs, and creates the first key if the secret is still empty. */
    public static SecretsManagerKeySource forSigning(SecretsManagerClient client, String secretId,
                                                     SecureRandom random, Clock clock) {
        return new SecretsManagerKeySource(client, secretId, true, random, clock);
    }

    /** For the authorizer: reads only. */
    public static SecretsManagerKeySource forVerifying(SecretsManagerClient client, String secretId, Clock clock) {
        return new SecretsManagerKeySource(client, secretId, false, null, clock);
    }

    @Override
    public SigningKey signingKey() {
        return keys.orElseThrow(() -> new IllegalStateException("secret " + secretId + " holds no key"))
                .signingKey();
    }

    @Override
    public Optional<VerificationKey> verificationKey(String kid) {
        Optional<VerificationKey> key = keys.flatMap(set -> set.verificationKey(kid));
        if (key.isEmpty() && clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
            synchronized (this) {
                if (clock.instant().isAfter(loadedAt.plus(RELOAD_INTERVAL))) {
                    keys = load();
                }
            }
            key = keys.flatMap(set -> set.verificationKey(kid));
        }
        return key;
    }

    private Optional<AccessTokenKeySet> load() {
        loadedAt = clock.instant();
        GetSecretValueResponse secret = read();
        if (!isEmptySet(secret.secretString())) {
            return Optional.of(AccessTokenKeySet.parse(secret.secretString()));
        }
        if (!mayBootstrap) {
            return Optional.empty();
        }
        try {
            client.putSecretValue(request -> request.secretId(secretId)
                    .secretString(AccessTokenKeySet.generate(random).toJson())
                    .clientRequestToken(bootstrapVersionId(secret.versionId())));
        } catch (ResourceExistsException e) {
            // a concurrent cold start put its key under this version id first: use that one
        } catch (SdkException e) {
            throw new KeySourceUnavailableException("cannot put the first access-token key into " + secretId, e);
        }
        GetSecretValueResponse filled = read();
        if (isEmptySet(filled.secretString())) {
            throw new IllegalStateException("secret " + secretId + " is still empty after bootstrap");
        }
        return Optional.of(AccessTokenKeySet.parse(filled.secretString()));
    }

    private GetSecretValueResponse read() {
        try {
            return client.getSecretValue(request -> request.secretId(secretId));
        } catch (SdkException e) {
            throw new KeySourceUnavailableException("cannot read the access-token keys from " + secretId, e);
        }
    }

    /** Version ids are 32 to 64 characters; the empty version's is a UUID (36). */
    static String bootstrapVersionId(String emptyVersionId) {
        return "bootstrap-" + emptyVersionId;
    }

    static boolean isEmptySet(String secretString) {
        try {
            JsonNode node = MAPPER.readTree(secretString);
            return node != null && node.size() == 1 && node.path("keys").isArray() && node.get("keys").isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
