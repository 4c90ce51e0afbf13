package com.gmpgate.auth.keys;

import com.gmpgate.auth.token.AccessTokenKeys;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import com.gmpgate.crypto.VerificationKey;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The access-token keys as stored (Secrets Manager secret, local key file), in shared-crypto's {@link StoredKeys}
 * form: a JWK Set whose one private key signs, the public keys of earlier ones still verifying. To rotate, make the
 * new key the private one and keep the old one's public half for at least the access-token lifetime (15 minutes).
 */
public record AccessTokenKeySet(StoredKeys stored) implements AccessTokenKeys {

    /** One fresh key, its kid the RFC 7638 thumbprint. */
    public static AccessTokenKeySet generate(SecureRandom random) {
        return new AccessTokenKeySet(new StoredKeys(SigningKey.generate(random), List.of()));
    }

    /** @throws com.gmpgate.crypto.KeyFormatException if {@code json} is not a usable stored key set */
    public static AccessTokenKeySet parse(String json) {
        return new AccessTokenKeySet(StoredKeys.parse(json));
    }

    /** Secret material: for the key store only. */
    public String toJson() {
        return stored.toJson();
    }

    @Override
    public SigningKey signingKey() {
        return stored.signingKey();
    }

    @Override
    public Optional<VerificationKey> verificationKey(String kid) {
        if (stored.signingKey().kid().equals(kid)) {
            return Optional.of(stored.signingKey().verificationKey());
        }
        return stored.verificationKeys().stream().filter(key -> key.kid().equals(kid)).findFirst();
    }
}
