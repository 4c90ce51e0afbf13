package com.gmpgate.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of ES256 keys: at most one active signing key, plus the public keys of earlier ones so that tokens signed
 * before a rotation still verify until their key is removed. The pass-signing keys and the access-token keys are
 * each one ring (never the same one: a pass and an access token can never verify as each other). Immutable;
 * rotation returns a new ring.
 */
public final class KeyRing implements VerificationKeys {

    private final SigningKey signingKey;
    private final Map<String, VerificationKey> verificationKeys;

    private KeyRing(SigningKey signingKey, Collection<VerificationKey> others) {
        this.signingKey = signingKey;
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        if (signingKey != null) {
            byKid.put(signingKey.kid(), signingKey.verificationKey());
        }
        for (VerificationKey key : others) {
            VerificationKey previous = byKid.putIfAbsent(key.kid(), key);
            if (previous != null && !previous.equals(key)) {
                throw new IllegalArgumentException("two different keys share kid " + key.kid());
            }
        }
        if (byKid.isEmpty()) {
            throw new IllegalArgumentException("a key ring needs at least one key");
        }
        this.verificationKeys = Collections.unmodifiableMap(byKid);
    }

    /** A ring that signs with {@code active} and also accepts {@code previous} keys. */
    public static KeyRing of(SigningKey active, Collection<VerificationKey> previous) {
        return new KeyRing(Objects.requireNonNull(active, "active"), previous);
    }

    public static KeyRing of(SigningKey active) {
        return of(active, List.of());
    }

    /** A ring that can verify but not issue, e.g. built from the published JWKS. */
    public static KeyRing verifyOnly(Collection<VerificationKey> keys) {
        return new KeyRing(null, keys);
    }

    /** The ring kept in Secrets Manager or a key file: {@code KeyRing.of(StoredKeys.parse(secret))}. */
    public static KeyRing of(StoredKeys keys) {
        return of(keys.signingKey(), keys.verificationKeys());
    }

    /**
     * What to store so that {@link #of(StoredKeys)} gives this ring back.
     *
     * @throws IllegalStateException if the ring is verify-only
     */
    public StoredKeys toStoredKeys() {
        if (signingKey == null) {
            throw new IllegalStateException("a verify-only ring has no private key to store");
        }
        List<VerificationKey> others = new ArrayList<>(verificationKeys.values());
        others.remove(signingKey.verificationKey());
        return new StoredKeys(signingKey, others);
    }

    public Optional<SigningKey> signingKey() {
        return Optional.ofNullable(signingKey);
    }

    @Override
    public Optional<VerificationKey> verificationKey(String kid) {
        return Optional.ofNullable(verificationKeys.get(kid));
    }

    /** All public keys, the active one first. */
    public List<VerificationKey> verificationKeys() {
        return List.copyOf(verificationKeys.values());
    }

    /**
     * Signs with {@code next} from now on; the current key's public half stays for tokens already out.
     *
     * @throws IllegalArgumentException if {@code next} reuses the kid of a different key in the ring
     */
    public KeyRing rotateTo(SigningKey next) {
        return of(next, verificationKeys.values());
    }

    /**
     * Stops accepting tokens signed with {@code kid}, once every token it signed has expired.
     *
     * @throws IllegalArgumentException if {@code kid} is the active signing key or the ring's last key
     */
    public KeyRing withoutKey(String kid) {
        if (signingKey != null && signingKey.kid().equals(kid)) {
            throw new IllegalArgumentException("cannot remove the active signing key " + kid + "; rotate first");
        }
        List<VerificationKey> keep = new ArrayList<>(verificationKeys.values());
        keep.removeIf(key -> key.kid().equals(kid));
        return new KeyRing(signingKey, keep);
    }

    /** The JWKS of every public key in the ring, e.g. the pass keys' for {@code GET /v1/qr/keys}. */
    public String toJwks() {
        return Jwks.toJson(verificationKeys.values());
    }
}
