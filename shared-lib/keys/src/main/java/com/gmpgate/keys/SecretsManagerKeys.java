package com.gmpgate.keys;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/**
 * A key ring ({@link StoredKeys}) in an AWS Secrets Manager secret.
 *
 * <p>The template creates the secret as {@code {"keys":[]}}, since CloudFormation cannot make an EC key. The one
 * function allowed to write it fills it on first start ({@link #readOrBootstrap}): it generates a key and puts it
 * as a version whose id is derived from the empty version's id. Secrets Manager refuses a second, different value
 * under the same version id, so among concurrent cold starts exactly one key wins and the others read it back.
 * One mechanism for every ring ({@link KeyRingStore}): the pass keys and the access-token keys alike.
 */
public final class SecretsManagerKeys {

    private static final Pattern EMPTY_SET = Pattern.compile("\\s*\\{\\s*\"keys\"\\s*:\\s*\\[\\s*]\\s*}\\s*");

    private SecretsManagerKeys() {
    }

    /**
     * The stored keys, or empty while the secret still holds the template's empty set.
     *
     * @throws KeyUnavailableException if the secret cannot be read
     * @throws com.gmpgate.crypto.KeyFormatException if it holds something else than a key ring
     */
    public static Optional<StoredKeys> read(SecretsManagerClient client, String secretId) {
        String secret = get(client, secretId).secretString();
        return isEmptySet(secret) ? Optional.empty() : Optional.of(StoredKeys.parse(secret));
    }

    /** The stored keys; if the secret is still empty, a fresh key is put into it first (see the class comment). */
    public static StoredKeys readOrBootstrap(SecretsManagerClient client, String secretId, SecureRandom random) {
        GetSecretValueResponse secret = get(client, secretId);
        if (!isEmptySet(secret.secretString())) {
            return StoredKeys.parse(secret.secretString());
        }
        String first = new StoredKeys(SigningKey.generate(random), List.of()).toJson();
        try {
            client.putSecretValue(request -> request.secretId(secretId).secretString(first)
                    .clientRequestToken(bootstrapVersionId(secret.versionId())));
        } catch (ResourceExistsException e) {
            // a concurrent cold start put its key under this version id first: use that one
        } catch (SdkException e) {
            throw new KeyUnavailableException("cannot put the first key into " + secretId, e);
        }
        return read(client, secretId).orElseThrow(() ->
                new KeyUnavailableException("secret " + secretId + " is still empty after bootstrap"));
    }

    static boolean isEmptySet(String secretString) {
        return secretString != null && EMPTY_SET.matcher(secretString).matches();
    }

    /** Version ids are 32 to 64 characters; the empty version's is a UUID (36). */
    static String bootstrapVersionId(String emptyVersionId) {
        return "bootstrap-" + emptyVersionId;
    }

    private static GetSecretValueResponse get(SecretsManagerClient client, String secretId) {
        try {
            return client.getSecretValue(request -> request.secretId(secretId));
        } catch (SdkException e) {
            throw new KeyUnavailableException("cannot read the keys from " + secretId, e);
        }
    }
}
