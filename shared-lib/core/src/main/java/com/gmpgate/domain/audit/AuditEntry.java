package com.gmpgate.domain.audit;

import com.gmpgate.domain.signature.ElectronicSignature;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a site's audit trail: who did what to which record, when, and — for a signed act — the electronic
 * signature. Entries are only ever added: the trail is the second, independent copy of each signature, held where no
 * function may update or delete.
 *
 * @param actorId    the user who acted (an admin of the site; {@code operator} for the deployer's command line)
 * @param targetType what was acted on: {@code USER}, {@code SUBMISSION}, {@code PASS}
 * @param detail     a short, non-sensitive account (the new role, the decision and its resulting verdict, a
 *                   revocation's reason); never a health answer
 */
public record AuditEntry(
        String id,
        String siteId,
        Instant at,
        String actorId,
        AuditAction action,
        String targetType,
        String targetId,
        String detail,
        Optional<ElectronicSignature> signature) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(signature, "signature");
    }
}
