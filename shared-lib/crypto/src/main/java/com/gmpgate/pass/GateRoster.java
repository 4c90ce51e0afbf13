package com.gmpgate.pass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an offline gate needs to check today's codes of its site without the server (issue 19): for each valid
 * pass, only what the gate screen shows — name, department, verdict, conditions (code and words), expiry — the public key of
 * the worker's phone and the thumbprint of the phone key the pass is bound to; the passes revoked today; whether the
 * site takes static passes. Signed with the pass key
 * ({@link SignedRoster}), good until the end of the site day and no longer.
 *
 * @param day       the site's calendar day the roster is for
 * @param expiresAt the end of that day: the gate clears it then
 */
public record GateRoster(String issuer, String siteId, LocalDate day, Instant issuedAt, Instant expiresAt,
        boolean staticPasses, List<Entry> passes, List<String> revoked) {

    public GateRoster {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(day, "day");
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        passes = List.copyOf(passes);
        revoked = List.copyOf(revoked);
    }

    /**
     * One valid pass.
     *
     * @param device  the phone's public key (x, y: base64url), absent when the worker has registered none
     * @param boundTo the RFC 7638 thumbprint of the phone key the pass is bound to, as the online gate reads the
     *                binding: the pass's {@code cnf.jkt}, or for a pass issued before any phone the worker's first
     *                phone's; absent when that phone is no longer the registered one (then no code is good for it).
     *                A code signed by {@code device} whose thumbprint is not this is {@code PASS_OTHER_DEVICE}.
     */
    public record Entry(String passId, String workerId, String displayName, String department, PassVerdict verdict,
            List<ConditionWords> conditions, Instant expiresAt, Optional<DeviceJwk> device, Optional<String> boundTo) {
        public Entry {
            Objects.requireNonNull(passId, "passId");
            Objects.requireNonNull(workerId, "workerId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(verdict, "verdict");
            conditions = List.copyOf(conditions);
            expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(boundTo, "boundTo");
        }
    }

    /**
     * A condition as the gate shows it, like every other reply of the API ({@code {code, message: {ko, en}}}): the
     * words of the rule pack the pass's verdict was made with, so an offline gate names it as the online one does.
     */
    public record ConditionWords(String code, String ko, String en) {
        public ConditionWords {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(ko, "ko");
            Objects.requireNonNull(en, "en");
        }
    }

    /** A P-256 public key's coordinates, base64url, as in a JWK. */
    public record DeviceJwk(String x, String y) {
        public DeviceJwk {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
        }
    }
}
