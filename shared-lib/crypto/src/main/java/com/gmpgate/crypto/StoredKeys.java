package com.gmpgate.crypto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Key material as it is kept in Secrets Manager or a local key file: a JWK Set in which exactly one key carries
 * {@code d} (the active signing key) and the others are the public keys still trusted. Secret: never published;
 * {@link Jwks} is the public form.
 *
 * @param signingKey       the one key that signs
 * @param verificationKeys the other keys still accepted, without the signing key's own public half
 */
public record StoredKeys(SigningKey signingKey, List<VerificationKey> verificationKeys) {

    public StoredKeys {
        Objects.requireNonNull(signingKey, "signingKey");
        verificationKeys = List.copyOf(verificationKeys);
    }

    public String toJson() {
        return StrictJson.write(generator -> {
            generator.writeStartObject();
            generator.writeArrayFieldStart("keys");
            Jwk.writePrivate(generator, signingKey);
            for (VerificationKey key : verificationKeys) {
                Jwk.writePublic(generator, key);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    /**
     * @throws KeyFormatException unless the set holds exactly one private key and every key is a valid ES256 key
     *                             with its own kid
     */
    public static StoredKeys parse(String json) {
        SigningKey signingKey = null;
        List<VerificationKey> others = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (Map<String, Object> jwk : Jwks.members(json)) {
            String kid;
            if (jwk.containsKey("d")) {
                if (signingKey != null) {
                    throw new KeyFormatException("stored keys hold more than one private key");
                }
                signingKey = Jwk.signingKey(jwk);
                kid = signingKey.kid();
            } else {
                VerificationKey key = Jwk.verificationKey(jwk);
                others.add(key);
                kid = key.kid();
            }
            if (!kids.add(kid)) {
                throw new KeyFormatException("stored keys repeat kid " + kid);
            }
        }
        if (signingKey == null) {
            throw new KeyFormatException("stored keys hold no private key");
        }
        return new StoredKeys(signingKey, others);
    }

    /** Never shows d. */
    @Override
    public String toString() {
        return "StoredKeys[signingKey=" + signingKey.kid() + ", verificationKeys=" + verificationKeys.size() + "]";
    }
}
