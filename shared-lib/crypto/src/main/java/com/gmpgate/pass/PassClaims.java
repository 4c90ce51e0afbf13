package com.gmpgate.pass;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a pass token says. Identifiers only: no names and no health data, since the token is shown as a QR code
 * and anyone can decode it.
 *
 * <p>Instants are NumericDates, so they are truncated to whole seconds here; what is issued is then exactly what
 * verification gives back.
 *
 * @param issuer       {@code iss}
 * @param workerId     {@code sub}
 * @param passId       {@code jti}
 * @param submissionId {@code sid}: the checklist submission that earned the pass
 * @param siteId       {@code site}
 * @param issuedAt     {@code iat}
 * @param notBefore    {@code nbf}
 * @param expiresAt    {@code exp}: end of shift
 * @param verdict      {@code v}
 * @param conditions   {@code cnd}: condition codes the guard must see, e.g. waterproof cover and glove
 * @param zones        {@code zones}: the zones the pass is good for
 * @param deviceThumbprint {@code cnf.jkt} (RFC 7800 §3.1 with RFC 7638's thumbprint): the phone key the pass is
 *                     bound to — the worker's registered key when it was issued; a rotating code is taken only from
 *                     that key while it is still the registered one. Absent when the worker had registered no phone:
 *                     then the pass is bound at the first registration (the gate takes the worker's first key only)
 */
public record PassClaims(
        String issuer,
        String workerId,
        String passId,
        String submissionId,
        String siteId,
        Instant issuedAt,
        Instant notBefore,
        Instant expiresAt,
        PassVerdict verdict,
        List<String> conditions,
        List<String> zones,
        Optional<String> deviceThumbprint) {

    private static final Pattern THUMBPRINT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** 9999-12-31T23:59:59Z: keeps NumericDates inside what {@link Instant} and JavaScript's Date both hold. */
    static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    public PassClaims {
        requireText(issuer, "issuer");
        requireText(workerId, "workerId");
        requireText(passId, "passId");
        requireText(submissionId, "submissionId");
        requireText(siteId, "siteId");
        issuedAt = numericDate(issuedAt, "issuedAt");
        notBefore = numericDate(notBefore, "notBefore");
        expiresAt = numericDate(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(notBefore)) {
            throw new IllegalArgumentException("expiresAt must be after notBefore");
        }
        Objects.requireNonNull(verdict, "verdict");
        conditions = List.copyOf(conditions);
        zones = List.copyOf(zones);
        conditions.forEach(code -> requireText(code, "condition code"));
        zones.forEach(zone -> requireText(zone, "zone"));
        Objects.requireNonNull(deviceThumbprint, "deviceThumbprint");
        deviceThumbprint.ifPresent(jkt -> {
            if (!THUMBPRINT.matcher(jkt).matches()) {
                throw new IllegalArgumentException("deviceThumbprint must be 32 bytes of base64url");
            }
        });
    }

    /** A pass bound to no phone yet (the worker had registered none when it was issued). */
    public PassClaims(String issuer, String workerId, String passId, String submissionId, String siteId,
            Instant issuedAt, Instant notBefore, Instant expiresAt, PassVerdict verdict, List<String> conditions,
            List<String> zones) {
        this(issuer, workerId, passId, submissionId, siteId, issuedAt, notBefore, expiresAt, verdict, conditions,
                zones, Optional.empty());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static Instant numericDate(Instant value, String name) {
        Objects.requireNonNull(value, name);
        if (value.getEpochSecond() < 0 || value.getEpochSecond() > MAX_EPOCH_SECOND) {
            throw new IllegalArgumentException(name + " is outside 1970..9999");
        }
        return value.truncatedTo(ChronoUnit.SECONDS);
    }
}
