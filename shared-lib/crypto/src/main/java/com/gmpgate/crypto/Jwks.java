package com.gmpgate.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** JWK Sets (RFC 7517 §5) of ES256 public keys: what {@code GET /v1/qr/keys} serves. Never carries {@code d}. */
public final class Jwks {

    private Jwks() {
    }

    public static String toJson(Collection<VerificationKey> keys) {
        return StrictJson.write(generator -> {
            generator.writeStartObject();
            generator.writeArrayFieldStart("keys");
            for (VerificationKey key : keys) {
                Jwk.writePublic(generator, key);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    /**
     * The ES256 keys of a JWK Set. Keys of other types, curves or algorithms are skipped (RFC 7517 §5 asks to
     * ignore what is not understood); a malformed EC P-256 key, private material or a repeated kid fail the set.
     *
     * @throws KeyFormatException if the set is unusable
     */
    public static List<VerificationKey> parse(String json) {
        List<VerificationKey> keys = new ArrayList<>();
        Set<String> kids = new HashSet<>();
        for (Map<String, Object> jwk : members(json)) {
            if (!Jwk.isEs256(jwk) && !jwk.containsKey("d")) {
                continue;
            }
            VerificationKey key = Jwk.verificationKey(jwk);
            if (!kids.add(key.kid())) {
                throw new KeyFormatException("JWKS repeats kid " + key.kid());
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    /** The members of a JWK Set's {@code keys} array, each a JSON object. */
    static List<Map<String, Object>> members(String json) {
        Map<String, Object> set;
        try {
            set = StrictJson.parseObject(json);
        } catch (JsonFormatException e) {
            throw new KeyFormatException("JWKS is not a JSON object: " + e.getMessage());
        }
        if (!(set.get("keys") instanceof List)) {
            throw new KeyFormatException("JWKS must have a keys array");
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Object member : (List<?>) set.get("keys")) {
            if (!(member instanceof Map)) {
                throw new KeyFormatException("JWKS keys must be objects");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> jwk = (Map<String, Object>) member;
            members.add(jwk);
        }
        return members;
    }
}
