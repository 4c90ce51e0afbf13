package com.gmpgate.domain.gate;

import com.gmpgate.domain.signature.ElectronicSignature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a signature binds on the gate's signed acts — an admin's revocation of a pass, a guard's manual entry by name
 * and a guard's anti-passback correction: the record as it is kept, hashed in the signatures' canonical form. Anyone
 * holding the record and the signature can recompute it ({@link ElectronicSignature#verifies}).
 */
public final class SignedGateRecords {

    /** {@link ElectronicSignature#recordType()} of a pass revocation; the record id is the pass id. */
    public static final String PASS_REVOCATION = "PASS_REVOCATION";
    /** {@link ElectronicSignature#recordType()} of a manual entry or a correction; the record id is the entry id. */
    public static final String ACCESS_LOG_ENTRY = "ACCESS_LOG_ENTRY";
    /**
     * Scan-id prefixes of what an anti-passback correction writes, followed by the refused entry's id: the exit that
     * was never scanned ({@code fix-out.}) and, for ALREADY_INSIDE, the entry after it ({@code fix-in.}).
     */
    public static final String FIX_EXIT = "fix-out.";
    public static final String FIX_ENTRY = "fix-in.";

    private SignedGateRecords() {
    }

    /** SHA-256 of a revoked pass's record: whose pass, from which screening, when and why it was revoked. */
    public static String recordHash(Pass revoked) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("passId", revoked.id());
        content.put("siteId", revoked.siteId());
        content.put("workerId", revoked.workerId());
        content.put("submissionId", revoked.submissionId());
        content.put("verdict", revoked.verdict().name());
        content.put("issuedAt", revoked.issuedAt().toString());
        content.put("expiresAt", revoked.expiresAt().toString());
        content.put("revokedAt", revoked.revokedAt().map(Object::toString).orElse(null));
        content.put("revokedReason", revoked.revokedReason().orElse(null));
        return ElectronicSignature.recordHash(content);
    }

    /**
     * SHA-256 of an access-log entry the guard signed.
     *
     * @param corrects for a correction, the scan id of the refused entry it corrects (which stays as it was)
     */
    public static String recordHash(AccessLogEntry entry, Optional<String> corrects) {
        return recordHash(entry, Optional.empty(), corrects);
    }

    /**
     * SHA-256 of what a guard's correction wrote: the entry that answers and, for an ALREADY_INSIDE fix, the exit it
     * wrote first (that exit moved the worker out; it is signed as well). Without an exit the hash is the one of
     * {@link #recordHash(AccessLogEntry, Optional)}.
     */
    public static String recordHash(AccessLogEntry entry, Optional<AccessLogEntry> exitWritten,
                                    Optional<String> corrects) {
        Map<String, Object> content = content(entry);
        content.put("corrects", corrects.orElse(null));
        exitWritten.ifPresent(exit -> content.put("exitWritten", content(exit)));
        return ElectronicSignature.recordHash(content);
    }

    /**
     * The scan id of the exit an ALREADY_INSIDE correction wrote before {@code answering}, its entry; empty for any
     * other entry (a NOT_INSIDE fix's answer is that exit itself).
     */
    public static Optional<String> exitBefore(AccessLogEntry answering) {
        return answering.kind() == EntryKind.CORRECTION && answering.scanId().startsWith(FIX_ENTRY)
                ? Optional.of(FIX_EXIT + answering.scanId().substring(FIX_ENTRY.length()))
                : Optional.empty();
    }

    private static Map<String, Object> content(AccessLogEntry entry) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("entryId", entry.id());
        content.put("siteId", entry.siteId());
        content.put("scanId", entry.scanId());
        content.put("at", entry.at().toString());
        content.put("siteDate", entry.siteDate().toString());
        content.put("workerId", entry.workerId().orElse(null));
        content.put("gateId", entry.gateId());
        content.put("direction", entry.direction().name());
        content.put("result", entry.result().name());
        content.put("reason", entry.reason().map(Enum::name).orElse(null));
        content.put("passId", entry.passId().orElse(null));
        content.put("scannedBy", entry.scannedBy());
        content.put("kind", entry.kind().name());
        content.put("note", entry.note().orElse(null));
        return content;
    }
}
