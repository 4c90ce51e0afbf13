package com.gmpgate.domain.gate;

import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A QR pass as recorded server-side, so it can be revoked (a later FAIL, or an admin) and looked up at
 * the gate. The signed token carries only ids, times, verdict and condition codes; the record keeps each
 * condition's words as the submission's own rule pack gave them, which is what the worker and the guard read.
 */
public record Pass(
        String id,
        String siteId,
        String workerId,
        String submissionId,
        Verdict verdict,
        List<Condition> conditions,
        List<String> zones,
        String token,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        Optional<String> revokedReason) {

    public Pass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(verdict, "verdict");
        conditions = List.copyOf(conditions);
        zones = List.copyOf(zones);
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(revokedReason, "revokedReason");
    }

    /** What the token's {@code cnd} claim says. */
    public List<String> conditionCodes() {
        return conditions.stream().map(Condition::code).toList();
    }

    /** Revoked as of {@code at}: the offline batch re-verifies scans as of their own time. */
    public boolean revokedAsOf(Instant at) {
        return revokedAt.filter(r -> !r.isAfter(at)).isPresent();
    }
}
