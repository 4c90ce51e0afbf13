package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.pass.PassVerdict;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.WorkerDayStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The passes submissions earn, and their revocation.
 *
 * <p>A submission that earns a pass names the pass id in its own record, written first; the pass is stored
 * second. With no transactions (DESIGN.md section 5) a crash can fall between the two writes: then the next look
 * at the submission (a re-sent request, a read) stores the pass, built again from the submission alone. So the
 * record never points at nothing for long, and no pass exists that a stored verdict does not back.
 *
 * <p>A pass is stored only while the worker's day ({@link WorkerDay}) lists it and no FAIL of the day has voided
 * it: the day, not the submission record, is where a concurrent FAIL lands first. The day is read again after the
 * pass is stored, so a FAIL recorded between that check and the write still revokes it; and the gate reads the day
 * as well, so a pass a crash left unrevoked is refused there all the same.
 *
 * <p>One worker, one valid pass: a new pass revokes the worker's earlier ones (a CONDITIONAL_PASS after a
 * wound must not leave the morning's plain PASS usable), and a FAIL revokes them all — every pass current when the
 * FAIL is settled, whatever time the racing requests stamped on them.
 */
public final class SubmissionPasses {

    /** More would mean a bug or an attack; stop rather than loop. */
    private static final int MAX_REVOCATIONS = 20;

    private final PassStore passes;
    private final WorkerDayStore days;
    private final PassTokenIssuer tokens;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final Function<String, Optional<String>> registeredPhone;

    /**
     * @param registeredPhone the RFC 7638 thumbprint of the worker's registered phone key, if any: the pass is
     *                        bound to it ({@code cnf.jkt}, RFC 7800), so only that phone's rotating codes open it
     */
    public SubmissionPasses(PassStore passes, WorkerDayStore days, PassTokenIssuer tokens, ChecklistSettings settings,
                            Clock clock, Function<String, Optional<String>> registeredPhone) {
        this.registeredPhone = registeredPhone;
        this.passes = passes;
        this.days = days;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The pass the submission earned, stored now if it was not yet (then the worker's earlier passes are revoked);
     * empty when its verdict earns none, or when its day does not back it (not listed, or voided by a FAIL since).
     */
    public Optional<Pass> ensure(Submission submission) {
        if (!submission.verdict().issuesPass() || submission.passId().isEmpty()) {
            return Optional.empty();
        }
        String passId = submission.passId().get();
        Optional<Pass> stored = passes.findById(passId);
        if (stored.isPresent()) {
            return stored;
        }
        if (!backedByItsDay(submission, passId)) {
            return Optional.empty();
        }
        Pass pass = build(submission, passId);
        try {
            passes.create(pass);
        } catch (ConflictException e) {
            return passes.findById(passId); // a concurrent look stored it first; its token is the one
        }
        supersede(pass);
        if (!backedByItsDay(submission, passId)) {
            // a FAIL was recorded after the check above; its own sweep may have run before this pass existed
            return passes.revoke(passId, "FAIL of the day", clock.instant());
        }
        return Optional.of(pass);
    }

    private boolean backedByItsDay(Submission submission, String passId) {
        return days.find(submission.workerId(), submission.siteDate())
                .filter(day -> day.lists(passId) && day.voidedAt(passId).isEmpty())
                .isPresent();
    }

    /**
     * Brings the worker's passes in line with the submission's current verdict: its own pass stored, earlier
     * passes revoked when it earned one, all current passes revoked when it is a FAIL. Safe to run again, which a
     * re-sent request does, finishing whatever a crash interrupted.
     */
    public Optional<Pass> settle(Submission submission, String failReason) {
        Optional<Pass> pass = ensure(submission);
        pass.ifPresent(this::supersede);
        if (submission.verdict() == Verdict.FAIL) {
            Instant failedAt = Decisions.decidedAt(submission);
            revokeCurrent(submission.workerId(), failedAt, failReason);
            revokeVoided(submission, failedAt, failReason);
        }
        return pass;
    }

    /** Revokes every pass of the worker that was valid at {@code asOf} (a FAIL, a rejection). */
    public void revokeCurrent(String workerId, Instant asOf, String reason) {
        for (int i = 0; i < MAX_REVOCATIONS; i++) {
            Optional<Pass> current = passes.findCurrentForWorker(workerId, asOf);
            if (current.isEmpty()) {
                return;
            }
            passes.revoke(current.get().id(), reason, clock.instant());
        }
    }

    /**
     * The passes of the day this FAIL (or a later one) voided: a racing request may have stamped its pass a moment
     * after the FAIL's own time although the day recorded it first, and {@link #revokeCurrent} as of the FAIL's
     * time would miss it. A reinstatement's pass, listed after the void, is left alone, also on a re-send.
     */
    private void revokeVoided(Submission fail, Instant failedAt, String reason) {
        days.find(fail.workerId(), fail.siteDate()).ifPresent(day -> day.passes().keySet().stream()
                .filter(id -> day.voidedAt(id).filter(at -> !at.isBefore(failedAt)).isPresent())
                .sorted()
                .limit(MAX_REVOCATIONS)
                .forEach(id -> passes.findById(id).filter(p -> p.revokedAt().isEmpty())
                        .ifPresent(p -> passes.revoke(id, reason, clock.instant()))));
    }

    /** Revokes one pass (a corrected decision no longer backs it); nothing when it is gone or revoked already. */
    public void revoke(String passId, String reason) {
        passes.revoke(passId, reason, clock.instant());
    }

    private void supersede(Pass pass) {
        revokeCurrent(pass.workerId(), pass.issuedAt().minusNanos(1), "superseded by pass " + pass.id());
    }

    /** A pass the PWA may still show: neither revoked nor expired. */
    public static boolean usable(Pass pass, Instant now) {
        return !pass.revokedAsOf(now) && now.isBefore(pass.expiresAt());
    }

    private Pass build(Submission submission, String passId) {
        // NumericDates are whole seconds: the record and the token must say the same expiry
        Instant issuedAt = Decisions.decidedAt(submission);
        Instant notBefore = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = notBefore.plus(settings.passLifetime());
        // with the words of the submission's own rule pack (the evaluation's, or the reviewer's chosen from it)
        List<Condition> conditions = submission.currentConditions();
        List<String> zones = List.of(); // no rule pack restricts zones yet; conditions say where one may not work
        String token = tokens.issue(new PassClaims(settings.passIssuer(), submission.workerId(), passId,
                submission.id(), submission.siteId(), notBefore, notBefore, expiresAt,
                PassVerdict.valueOf(submission.verdict().name()), conditions.stream().map(Condition::code).toList(),
                zones, registeredPhone.apply(submission.workerId())));
        return new Pass(passId, submission.siteId(), submission.workerId(), submission.id(), submission.verdict(),
                conditions, zones, token, issuedAt, expiresAt, Optional.empty(), Optional.empty());
    }
}
