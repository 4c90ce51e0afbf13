package com.gmpgate.crypto;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ES256 keys as JSON Web Keys (RFC 7517/7518 §6.2): {@code kty EC}, {@code crv P-256}, {@code x}, {@code y} and,
 * for a private key, {@code d}; each base64url, unpadded, exactly 32 bytes. This is the form keys are stored in
 * (Secrets Manager, a local key file) and published in (JWKS).
 */
public final class Jwk {

    private Jwk() {
    }

    /** The public JWK, with {@code use} and {@code alg} so WebCrypto and other verifiers know what it is for. */
    public static String toJson(VerificationKey key) {
        return StrictJson.write(generator -> writePublic(generator, key));
    }

    /** The private JWK: secret material, for key storage only. */
    public static String toPrivateJson(SigningKey key) {
        return StrictJson.write(generator -> writePrivate(generator, key));
    }

    /**
     * Reads a public JWK. A JWK carrying {@code d} is refused: a private key where a public one belongs is a
     * leak waiting to be published.
     *
     * @throws KeyFormatException if the JSON or the key is unusable
     */
    public static VerificationKey parseVerificationKey(String json) {
        return verificationKey(parse(json));
    }

    /**
     * Reads a private JWK; {@code x} and {@code y} must be the public point of {@code d}.
     *
     * @throws KeyFormatException if the JSON or the key is unusable
     */
    public static SigningKey parseSigningKey(String json) {
        return signingKey(parse(json));
    }

    static SigningKey signingKey(Map<String, Object> jwk) {
        VerificationKey claimedPublic = verificationKey(without(jwk, "d"));
        byte[] d = coordinate(jwk, "d");
        SigningKey key = SigningKey.of(claimedPublic.kid(), d);
        Arrays.fill(d, (byte) 0);
        if (!key.verificationKey().samePoint(claimedPublic)) {
            throw new KeyFormatException("x and y are not the public point of d");
        }
        return key;
    }

    static void writePublic(JsonGenerator generator, VerificationKey key) throws IOException {
        generator.writeStartObject();
        writePublicMembers(generator, key);
        generator.writeEndObject();
    }

    static void writePrivate(JsonGenerator generator, SigningKey key) throws IOException {
        generator.writeStartObject();
        writePublicMembers(generator, key.verificationKey());
        byte[] d = key.privateScalar();
        generator.writeStringField("d", Base64Url.encode(d));
        Arrays.fill(d, (byte) 0);
        generator.writeEndObject();
    }

    static VerificationKey verificationKey(Map<String, Object> jwk) {
        if (jwk.containsKey("d")) {
            throw new KeyFormatException("private key material where a public key is expected");
        }
        if (!isEs256(jwk)) {
            throw new KeyFormatException("not an EC P-256 signing key for ES256");
        }
        return VerificationKey.of(string(jwk, "kid"), coordinate(jwk, "x"), coordinate(jwk, "y"));
    }

    /** kty EC, crv P-256, and where present use sig and alg ES256. */
    static boolean isEs256(Map<String, Object> jwk) {
        return "EC".equals(jwk.get("kty"))
                && "P-256".equals(jwk.get("crv"))
                && (!jwk.containsKey("use") || "sig".equals(jwk.get("use")))
                && (!jwk.containsKey("alg") || "ES256".equals(jwk.get("alg")));
    }

    private static void writePublicMembers(JsonGenerator generator, VerificationKey key) throws IOException {
        generator.writeStringField("kty", "EC");
        generator.writeStringField("crv", "P-256");
        generator.writeStringField("kid", key.kid());
        generator.writeStringField("use", "sig");
        generator.writeStringField("alg", "ES256");
        generator.writeStringField("x", Base64Url.encode(key.x()));
        generator.writeStringField("y", Base64Url.encode(key.y()));
    }

    private static Map<String, Object> parse(String json) {
        try {
            return StrictJson.parseObject(json);
        } catch (JsonFormatException e) {
            throw new KeyFormatException("JWK is not a JSON object: " + e.getMessage());
        }
    }

    private static Map<String, Object> without(Map<String, Object> jwk, String member) {
        Map<String, Object> copy = new LinkedHashMap<>(jwk);
        copy.remove(member);
        return copy;
    }

    private static String string(Map<String, Object> jwk, String member) {
        if (!(jwk.get(member) instanceof String)) {
            throw new KeyFormatException("JWK member " + member + " must be a string");
        }
        return (String) jwk.get(member);
    }

    private static byte[] coordinate(Map<String, Object> jwk, String member) {
        try {
            return Base64Url.decodeFixed(string(jwk, member), P256.FIELD_BYTES);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("JWK member " + member + " must be 32 bytes of base64url: " + e.getMessage());
        }
    }
}
