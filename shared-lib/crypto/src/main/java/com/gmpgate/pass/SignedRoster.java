package com.gmpgate.pass;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.crypto.BouncyCastleEs256;
import com.gmpgate.crypto.JsonFormatException;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StrictJson;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link GateRoster} as a compact JWS signed with the pass key — java-jwt over {@link BouncyCastleEs256}, the
 * one JWS of passes and access tokens, with the header pinned whole to {@code alg: ES256}, {@code typ:
 * gmp-roster+jwt} and {@code kid} — so a gate verifies it with the JWKS it already caches for passes and refuses
 * one that was edited. The {@code typ} keeps a roster and a pass from ever standing for each other. The payload's
 * members are short: a site's roster is fetched every few minutes.
 */
public final class SignedRoster {

    public static final String TYP = "gmp-roster+jwt";
    /** Some 300 characters a worker: room for a plant of a few thousand. Anything larger is not ours. */
    static final int MAX_LENGTH = 2_000_000;

    private SignedRoster() {
    }

    /** @throws IllegalArgumentException if the ring has no signing key */
    public static String sign(KeyRing ring, GateRoster roster) {
        SigningKey key = ring.signingKey()
                .orElseThrow(() -> new IllegalArgumentException("the key ring has no signing key"));
        String header = StrictJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("alg", BouncyCastleEs256.ALG);
            g.writeStringField("typ", TYP);
            g.writeStringField("kid", key.kid());
            g.writeEndObject();
        });
        return JWT.create().withHeader(header).withPayload(payload(roster)).sign(BouncyCastleEs256.signing(key));
    }

    /**
     * The roster, if {@code token} is one the ring's keys signed, for {@code siteId}, not expired at {@code now}.
     * Anything else — an edited payload, another site's roster, yesterday's, a pass token — is empty. Never throws
     * on bad input.
     */
    public static Optional<GateRoster> verify(String token, KeyRing ring, String issuer, String siteId,
            Instant now) {
        try {
            CompactJws jws = CompactJws.parse(token, MAX_LENGTH);
            Map<String, Object> header = StrictJson.parseObject(jws.header());
            if (!header.keySet().equals(BouncyCastleEs256.HEADER_MEMBERS)
                    || !BouncyCastleEs256.ALG.equals(header.get("alg"))
                    || !TYP.equals(header.get("typ")) || !(header.get("kid") instanceof String)) {
                return Optional.empty();
            }
            BouncyCastleEs256.verifying(ring).verify(JWT.decode(token));
            GateRoster roster = read(StrictJson.parseObject(jws.payload()));
            return roster.issuer().equals(issuer) && roster.siteId().equals(siteId)
                    && now.isBefore(roster.expiresAt()) ? Optional.of(roster) : Optional.empty();
        } catch (RejectedPassException | JsonFormatException | JWTDecodeException
                | SignatureVerificationException | ClassCastException | NullPointerException
                | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String payload(GateRoster r) {
        return StrictJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("iss", r.issuer());
            g.writeStringField("site", r.siteId());
            g.writeStringField("day", r.day().toString());
            g.writeNumberField("iat", r.issuedAt().getEpochSecond());
            g.writeNumberField("exp", r.expiresAt().getEpochSecond());
            g.writeBooleanField("static", r.staticPasses());
            g.writeArrayFieldStart("passes");
            for (GateRoster.Entry e : r.passes()) {
                g.writeStartObject();
                g.writeStringField("ref", e.passId());
                g.writeStringField("sub", e.workerId());
                g.writeStringField("name", e.displayName());
                g.writeStringField("dept", e.department());
                g.writeStringField("v", e.verdict().name());
                g.writeArrayFieldStart("cnd");
                for (GateRoster.ConditionWords c : e.conditions()) {
                    g.writeStartObject();
                    g.writeStringField("code", c.code());
                    g.writeObjectFieldStart("message");
                    g.writeStringField("ko", c.ko());
                    g.writeStringField("en", c.en());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("exp", e.expiresAt().getEpochSecond());
                if (e.device().isPresent()) {
                    g.writeObjectFieldStart("jwk");
                    g.writeStringField("kty", "EC");
                    g.writeStringField("crv", "P-256");
                    g.writeStringField("x", e.device().get().x());
                    g.writeStringField("y", e.device().get().y());
                    g.writeEndObject();
                }
                if (e.boundTo().isPresent()) {
                    g.writeStringField("jkt", e.boundTo().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "revoked", r.revoked());
            g.writeEndObject();
        });
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    @SuppressWarnings("unchecked")
    private static GateRoster read(Map<String, Object> json) {
        List<GateRoster.Entry> entries = new ArrayList<>();
        for (Object item : (List<Object>) json.get("passes")) {
            Map<String, Object> e = (Map<String, Object>) item;
            Optional<GateRoster.DeviceJwk> device = Optional.ofNullable((Map<String, Object>) e.get("jwk"))
                    .map(jwk -> new GateRoster.DeviceJwk((String) jwk.get("x"), (String) jwk.get("y")));
            List<GateRoster.ConditionWords> conditions = new ArrayList<>();
            for (Object c : (List<Object>) e.get("cnd")) {
                Map<String, Object> condition = (Map<String, Object>) c;
                Map<String, Object> message = (Map<String, Object>) condition.get("message");
                conditions.add(new GateRoster.ConditionWords((String) condition.get("code"),
                        (String) message.get("ko"), (String) message.get("en")));
            }
            entries.add(new GateRoster.Entry((String) e.get("ref"), (String) e.get("sub"), (String) e.get("name"),
                    (String) e.get("dept"), PassVerdict.valueOf((String) e.get("v")), conditions,
                    Instant.ofEpochSecond((Long) e.get("exp")), device, Optional.ofNullable((String) e.get("jkt"))));
        }
        return new GateRoster((String) json.get("iss"), (String) json.get("site"),
                LocalDate.parse((String) json.get("day")),
                Instant.ofEpochSecond((Long) json.get("iat")), Instant.ofEpochSecond((Long) json.get("exp")),
                (Boolean) json.get("static"), entries, (List<String>) json.get("revoked"));
    }
}
