package com.gmpgate.pass;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

final class PassFixtures {

    static final String ISSUER = "https://gate.example.com/qr";
    static final String SITE = "demo-site";
    static final Instant ISSUED_AT = Instant.parse("2025-06-02T05:30:00Z");
    static final Clock CLOCK = Clock.fixed(ISSUED_AT.plusSeconds(600), ZoneOffset.UTC);

    private PassFixtures() {
    }

    /** A fixed key whose private scalar is SHA-256 of its kid. */
    static SigningKey key(String kid) {
        try {
            return SigningKey.of(kid, MessageDigest.getInstance("SHA-256").digest(kid.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String json) {
        return Base64Url.encode(json.getBytes(StandardCharsets.UTF_8));
    }

    static String header(String kid) {
        return "{\"alg\":\"ES256\",\"typ\":\"gmp-pass+jwt\",\"kid\":\"" + kid + "\"}";
    }

    /** A token of any header and payload, signed with {@code key}: how an attacker holding a key would build one. */
    static String forge(String headerJson, String payloadJson, SigningKey key) {
        String signingInput = b64(headerJson) + "." + b64(payloadJson);
        return signingInput + "." + Base64Url.encode(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    static String part(String token, int index) {
        return token.split("\\.", -1)[index];
    }

    static String decodedPart(String token, int index) {
        return new String(Base64Url.decode(part(token, index)), StandardCharsets.UTF_8);
    }

    static String withSignature(String token, byte[] signature) {
        return part(token, 0) + "." + part(token, 1) + "." + Base64Url.encode(signature);
    }
}
