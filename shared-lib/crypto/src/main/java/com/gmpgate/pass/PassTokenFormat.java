package com.gmpgate.pass;

import static com.gmpgate.pass.PassRejectionReason.INVALID_SIGNATURE;
import static com.gmpgate.pass.PassRejectionReason.MALFORMED;

import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.JsonFormatException;
import com.gmpgate.crypto.StrictJson;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON of a pass token: the pinned header and the claims, both ways; java-jwt signs and checks the JWS around it. */
final class PassTokenFormat {

    static final String ALG = BouncyCastleEs256.ALG;
    static final String TYP = "gmp-pass+jwt";

    private PassTokenFormat() {
    }

    static String header(String kid) {
        return StrictJson.write(generator -> {
            generator.writeStartObject();
            generator.writeStringField("alg", ALG);
            generator.writeStringField("typ", TYP);
            generator.writeStringField("kid", kid);
            generator.writeEndObject();
        });
    }

    static String claims(PassClaims claims) {
        return StrictJson.write(generator -> {
            generator.writeStartObject();
            generator.writeStringField("iss", claims.issuer());
            generator.writeStringField("sub", claims.workerId());
            generator.writeStringField("jti", claims.passId());
            generator.writeStringField("sid", claims.submissionId());
            generator.writeStringField("site", claims.siteId());
            generator.writeNumberField("iat", claims.issuedAt().getEpochSecond());
            generator.writeNumberField("nbf", claims.notBefore().getEpochSecond());
            generator.writeNumberField("exp", claims.expiresAt().getEpochSecond());
            generator.writeStringField("v", claims.verdict().name());
            writeStrings(generator, "cnd", claims.conditions());
            writeStrings(generator, "zones", claims.zones());
            if (claims.deviceThumbprint().isPresent()) {
                generator.writeObjectFieldStart("cnf");
                generator.writeStringField("jkt", claims.deviceThumbprint().get());
                generator.writeEndObject();
            }
            generator.writeEndObject();
        });
    }

    /** @throws RejectedPassException MALFORMED unless the bytes are a JSON object */
    static Map<String, Object> parseObject(byte[] json) {
        try {
            return StrictJson.parseObject(json);
        } catch (JsonFormatException e) {
            throw new RejectedPassException(MALFORMED);
        }
    }

    /**
     * The kid of a header that is exactly ours.
     *
     * @throws RejectedPassException INVALID_SIGNATURE otherwise: alg none, HS256 or RS256 cannot verify under an
     *                               ES256 key, and an unexpected member is not a header we signed
     */
    static String pinnedKid(Map<String, Object> header) {
        if (!header.keySet().equals(BouncyCastleEs256.HEADER_MEMBERS)
                || !ALG.equals(header.get("alg"))
                || !TYP.equals(header.get("typ"))
                || !(header.get("kid") instanceof String)) {
            throw new RejectedPassException(INVALID_SIGNATURE);
        }
        return (String) header.get("kid");
    }

    /**
     * The claims, every one required and of its type. Unknown claims are ignored (RFC 7519 §4).
     *
     * @throws RejectedPassException MALFORMED otherwise
     */
    static PassClaims readClaims(Map<String, Object> json) {
        try {
            return new PassClaims(
                    string(json, "iss"),
                    string(json, "sub"),
                    string(json, "jti"),
                    string(json, "sid"),
                    string(json, "site"),
                    numericDate(json, "iat"),
                    numericDate(json, "nbf"),
                    numericDate(json, "exp"),
                    PassVerdict.valueOf(string(json, "v")),
                    strings(json, "cnd"),
                    strings(json, "zones"),
                    confirmation(json));
        } catch (IllegalArgumentException e) {
            // PassClaims' own rules (and valueOf on an unknown verdict): a signed token breaking them is not ours.
            throw new RejectedPassException(MALFORMED);
        }
    }

    /**
     * {@code cnf} (RFC 7800): absent for a pass bound to no phone yet; when present exactly {@code {"jkt": ...}} —
     * another confirmation method (jwk, kid, x5t#S256) is not one we issue, so it is not read as one.
     */
    private static Optional<String> confirmation(Map<String, Object> json) {
        if (!json.containsKey("cnf")) {
            return Optional.empty();
        }
        if (!(json.get("cnf") instanceof Map<?, ?> cnf) || !cnf.keySet().equals(Set.of("jkt"))
                || !(cnf.get("jkt") instanceof String jkt)) {
            throw new RejectedPassException(MALFORMED);
        }
        return Optional.of(jkt);
    }

    private static void writeStrings(JsonGenerator generator, String name, List<String> values) throws IOException {
        generator.writeArrayFieldStart(name);
        for (String value : values) {
            generator.writeString(value);
        }
        generator.writeEndArray();
    }

    private static String string(Map<String, Object> json, String name) {
        if (!(json.get(name) instanceof String)) {
            throw new RejectedPassException(MALFORMED);
        }
        return (String) json.get(name);
    }

    /** Whole seconds only: we never issue fractions, and accepting them would be a second spelling of one time. */
    private static Instant numericDate(Map<String, Object> json, String name) {
        if (!(json.get(name) instanceof Long)) {
            throw new RejectedPassException(MALFORMED);
        }
        long seconds = (Long) json.get(name);
        if (seconds < 0 || seconds > PassClaims.MAX_EPOCH_SECOND) {
            throw new RejectedPassException(MALFORMED);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static List<String> strings(Map<String, Object> json, String name) {
        if (!(json.get(name) instanceof List)) {
            throw new RejectedPassException(MALFORMED);
        }
        List<String> strings = new ArrayList<>();
        for (Object value : (List<?>) json.get(name)) {
            if (!(value instanceof String)) {
                throw new RejectedPassException(MALFORMED);
            }
            strings.add((String) value);
        }
        return strings;
    }
}
