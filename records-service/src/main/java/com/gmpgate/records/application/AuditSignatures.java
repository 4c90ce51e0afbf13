package com.gmpgate.records.application;

import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.SubmissionStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each signature the audit trail keeps against the record it names, as that record is stored now — a review
 * decision (or its correction) on its submission, a pass revocation on the pass, a guard's manual entry or
 * anti-passback correction on the access-log entry — the way a submission's reads check its reviews:
 * <ul>
 * <li>VALID: the trail's copy is whole, and the record still hashes to what was signed (for a review: the
 * submission's own copy is the same signature and verifies too);</li>
 * <li>TAMPERED: the copy or the record changed after signing;</li>
 * <li>RECORD_GONE: the record is no longer stored (past its retention): the signature stands, it cannot be checked.</li>
 * </ul>
 */
public final class AuditSignatures {

    public enum Status { VALID, TAMPERED, RECORD_GONE }

    /** A guard's act is logged first and signed a moment later (the password was checked before either). */
    static final Duration SIGNED_WITHIN = Duration.ofMinutes(5);
    private static final Pattern REVIEW_ID = Pattern.compile("(.+)#review-(\\d{1,4})");
    /** How SignedGateDesk names the refused scan a correction corrects, in the entry's detail. */
    private static final Pattern CORRECTED_SCAN = Pattern.compile(", corrects scan (\\S+)$");

    private final SubmissionStore submissions;
    private final PassStore passes;
    private final AccessLogStore log;
    private final ZoneId zone;

    public AuditSignatures(SubmissionStore submissions, PassStore passes, AccessLogStore log, ZoneId zone) {
        this.submissions = submissions;
        this.passes = passes;
        this.log = log;
        this.zone = zone;
    }

    /** Empty for an entry that carries no signature (a user's creation, say). */
    public Optional<Status> check(AuditEntry entry) {
        return entry.signature().map(signature -> check(entry, signature));
    }

    private Status check(AuditEntry entry, ElectronicSignature signature) {
        // the trail's copy must be whole on its own: its hash over its fields
        if (!signature.verifies(signature.recordHash())) {
            return Status.TAMPERED;
        }
        return switch (signature.recordType()) {
            case SignedDecisions.RECORD_TYPE -> review(entry, signature);
            case SignedGateRecords.PASS_REVOCATION -> passes.findById(signature.recordId())
                    .filter(p -> p.siteId().equals(entry.siteId()))
                    .map(p -> status(signature.verifies(SignedGateRecords.recordHash(p))))
                    .orElse(Status.RECORD_GONE);
            case SignedGateRecords.ACCESS_LOG_ENTRY -> logEntry(entry, signature);
            default -> Status.TAMPERED;
        };
    }

    private Status review(AuditEntry entry, ElectronicSignature signature) {
        Matcher id = REVIEW_ID.matcher(signature.recordId());
        if (!id.matches()) {
            return Status.TAMPERED;
        }
        Optional<Submission> found = submissions.findById(id.group(1)).filter(s -> s.siteId().equals(entry.siteId()));
        if (found.isEmpty()) {
            return Status.RECORD_GONE;
        }
        Submission submission = found.get();
        int index = Integer.parseInt(id.group(2));
        if (index >= submission.reviews().size()) {
            return Status.TAMPERED; // the submission lost a decision the trail saw signed
        }
        boolean sameSignature = submission.reviews().get(index).signature().map(ElectronicSignature::hash)
                .filter(signature.hash()::equals).isPresent();
        return status(sameSignature && SignedDecisions.status(submission, index) == SignedDecisions.Status.VALID);
    }

    private Status logEntry(AuditEntry entry, ElectronicSignature signature) {
        Instant to = signature.signedAt().plusSeconds(1);
        Instant from = signature.signedAt().minus(SIGNED_WITHIN);
        LocalDate day = LocalDate.ofInstant(to, zone);
        Optional<AccessLogEntry> logged = log.findEntry(entry.siteId(), day, signature.recordId(), from, to);
        if (logged.isEmpty() && !LocalDate.ofInstant(from, zone).equals(day)) {
            logged = log.findEntry(entry.siteId(), day.minusDays(1), signature.recordId(), from, to);
        }
        if (logged.isEmpty()) {
            return Status.RECORD_GONE;
        }
        AccessLogEntry answering = logged.get();
        if (signature.meaning() != SignatureMeaning.GATE_CORRECTION) {
            return status(signature.verifies(SignedGateRecords.recordHash(answering, Optional.empty())));
        }
        Optional<String> corrects = correctedScan(entry.detail());
        Optional<AccessLogEntry> exit = SignedGateRecords.exitBefore(answering)
                .flatMap(scanId -> log.findByScanId(entry.siteId(), scanId));
        // an ALREADY_INSIDE fix signs its exit too; one signed before exits were bound signs the entry alone
        return status(signature.verifies(SignedGateRecords.recordHash(answering, exit, corrects))
                || signature.verifies(SignedGateRecords.recordHash(answering, corrects)));
    }

    private static Optional<String> correctedScan(String detail) {
        Matcher m = CORRECTED_SCAN.matcher(detail);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Status status(boolean holds) {
        return holds ? Status.VALID : Status.TAMPERED;
    }
}
