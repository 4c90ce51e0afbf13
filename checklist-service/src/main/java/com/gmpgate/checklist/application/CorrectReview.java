package com.gmpgate.checklist.application;

import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.ChecklistEvents;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.WorkerDayStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A reviewer corrects a signed decision (21 CFR 11.10(e): changes must not obscure what was recorded before). The
 * decision stays exactly as it was signed; the correction is one more {@link Review} of the submission, signed by the
 * corrector with meaning {@link SignatureMeaning#CORRECTION} and {@code corrects} = the hash of the signature it
 * corrects, which must be the submission's latest decision as the corrector saw it. The correction's decision is
 * the submission's verdict from then on.
 *
 * <p>Of two corrections of the same decision exactly one lands: the submission is written first, on the version
 * read ({@link SubmissionStore#update}); the other is refused as superseded, and neither the worker's day nor the
 * audit trail hears of it. Then the day (which the gate reads) and the passes follow the corrected verdict:
 * <ul>
 * <li>to REJECT: a FAIL of the day as of the correction ({@link WorkerDay#recordCorrection}): every pass of the day
 * listed before it is void, the worker's current pass revoked, the day locked out — also when the decision corrected
 * was a reinstatement;</li>
 * <li>to an approval: a new pass with the corrected conditions (superseding the worker's earlier ones) when the
 * screening is of today and the day is not locked out; otherwise the corrected decision is recorded and no pass
 * is issued: a rejection's lockout is not lifted by correcting it (reinstate a later screening for that), and a
 * screening of another day admits no one today.</li>
 * </ul>
 * A retry of a correction that landed (the same corrector, the same decision and reason, naming the same decision)
 * finishes it instead of being refused: a function stopped between the submission and the day must not leave a
 * corrected rejection that the gate does not know of.
 */
public final class CorrectReview {

    private final SiteRulePacks packs;
    private final SubmissionStore submissions;
    private final WorkerDayStore dayStore;
    private final WorkerDayUpdates days;
    private final SubmissionPasses passes;
    private final ChecklistEvents events;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final PasswordReentry reentry;
    private final AuditTrail audit;

    public CorrectReview(SiteRulePacks packs, SubmissionStore submissions, WorkerDayStore days,
                         SubmissionPasses passes, ChecklistEvents events, ChecklistSettings settings, Clock clock,
                         Supplier<String> ids, PasswordReentry reentry, AuditTrail audit) {
        this.packs = packs;
        this.submissions = submissions;
        this.dayStore = days;
        this.days = new WorkerDayUpdates(days);
        this.passes = passes;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.reentry = reentry;
        this.audit = audit;
    }

    /**
     * @throws SubmissionNotFoundException when there is none of that id at the admin's site
     * @throws NotCorrectableException     when there is no signed, untampered latest decision of that hash
     * @throws InvalidReviewException      when the conditions do not fit the decision
     * @throws com.gmpgate.credentials.PasswordMismatchException when the re-entered password is not the corrector's
     * @throws com.gmpgate.credentials.AccountLockedException    when too many wrong passwords locked them out
     */
    public Screening correct(Actor admin, String submissionId, CorrectionCommand command, String clientAddress) {
        Submission submission = submissions.findById(submissionId)
                .filter(s -> admin.isAdmin() && s.siteId().equals(admin.siteId()))
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        if (submission.reviews().isEmpty()) {
            throw new NotCorrectableException("This submission has no decision to correct; review it instead.", false);
        }
        int latest = submission.reviews().size() - 1;
        if (isThisCorrection(submission.reviews().get(latest), admin, command)) {
            reentry.confirm(admin.userId(), command.password(), clientAddress, clock.instant());
            return follow(submission, latest, Optional.empty());
        }
        requireCorrectable(submission, latest, command.corrects());
        RulePack pack = packs.byId(submission.evaluation().rulePackId())
                .orElseGet(() -> packs.forSite(submission.siteId()));
        List<Condition> conditions = ReviewSubmission.conditions(submission, command.decision(),
                command.conditions(), command.reason(), "reason", pack);
        Verdict verdict = switch (command.decision()) {
            case REJECT -> Verdict.FAIL;
            case APPROVE, APPROVE_WITH_CONDITIONS -> conditions.isEmpty() ? Verdict.PASS : Verdict.CONDITIONAL_PASS;
        };
        Instant now = clock.instant();
        User signer = reentry.confirm(admin.userId(), command.password(), clientAddress, now);

        Submission withoutPass = corrected(signer, submission, command,
                verdict == Verdict.FAIL ? List.of() : conditions, verdict, Optional.empty(), now);
        Submission corrected = verdict.issuesPass() && admitsToday(withoutPass, now)
                ? corrected(signer, submission, command, conditions, verdict, Optional.of(ids.get()), now)
                : withoutPass;
        try {
            submissions.update(corrected);
        } catch (StaleVersionException e) {
            throw new NotCorrectableException("Another correction of this decision was recorded a moment ago; reload "
                    + "the submission and correct the decision it shows now.", true);
        }
        return follow(corrected, latest + 1, submission.passId().filter(id -> !corrected.passId().equals(Optional.of(id))));
    }

    /** Today's screening, and the day would not be locked out with this correction recorded. */
    private boolean admitsToday(Submission corrected, Instant now) {
        if (!corrected.siteDate().equals(LocalDate.ofInstant(now, settings.siteZone()))) {
            return false;
        }
        WorkerDay day = dayStore.find(corrected.workerId(), corrected.siteDate())
                .orElseGet(() -> WorkerDay.empty(corrected.siteId(), corrected.workerId(), corrected.siteDate()));
        return !day.recordCorrection(corrected, now).lockedOut();
    }

    /** The day, the passes, the audit trail and the live screens follow the recorded correction. */
    private Screening follow(Submission corrected, int index, Optional<String> unbackedPass) {
        Review correction = corrected.reviews().get(index);
        Instant at = correction.reviewedAt();
        WorkerDay.Reviewed recorded = new WorkerDay.Reviewed(corrected.verdict(),
                corrected.verdict().issuesPass() ? corrected.passId() : Optional.empty());
        days.apply(corrected.siteId(), corrected.workerId(), corrected.siteDate(), day -> {
            if (day.reviewOf(corrected.id()).equals(Optional.of(recorded))) {
                return new WorkerDayUpdates.Decision<>(day, corrected); // recorded already (a retry)
            }
            WorkerDay next = day.recordCorrection(corrected, at);
            if (corrected.passId().isPresent() && next.lockedOut()) {
                // a FAIL landed since admitsToday looked: the decision stands, its pass is not listed, so never stored
                next = day.recordCorrection(withoutPass(corrected), at);
            }
            return new WorkerDayUpdates.Decision<>(next, corrected);
        });
        audit.append(new AuditEntry(SignedDecisions.recordId(corrected, index), corrected.siteId(), at,
                correction.reviewerId(), AuditAction.SUBMISSION_REVIEW_CORRECTED, "SUBMISSION", corrected.id(),
                correction.decision() + ": " + correction.previousVerdict() + " → " + correction.resultingVerdict()
                        + " (worker " + corrected.workerId() + "), corrects signature "
                        + correction.signature().flatMap(ElectronicSignature::corrects).orElse("?"),
                correction.signature()));
        unbackedPass.ifPresent(id -> passes.revoke(id, "decision corrected on submission " + corrected.id()));
        Optional<Pass> pass = passes.settle(corrected, "review of submission " + corrected.id() + " corrected to reject");
        events.publish(new ChecklistEvaluated(corrected.id(), corrected.siteId(), corrected.workerId(),
                corrected.siteDate(), corrected.verdict(), ChecklistEvaluated.Trigger.REVIEW, at,
                pass.map(Pass::id), Optional.of(correction.reviewerId())));
        return new Screening(corrected, pass.filter(p -> SubmissionPasses.usable(p, clock.instant())), Map.of());
    }

    private static void requireCorrectable(Submission submission, int latest, String corrects) {
        Review decision = submission.reviews().get(latest);
        Optional<String> hash = decision.signature().map(ElectronicSignature::hash);
        if (hash.filter(corrects::equals).isEmpty()) {
            boolean earlier = submission.reviews().stream()
                    .anyMatch(r -> r.signature().map(ElectronicSignature::hash).filter(corrects::equals).isPresent());
            if (earlier) {
                throw new NotCorrectableException("That decision has been corrected since; reload the submission and "
                        + "correct the decision it shows now.", true);
            }
            throw new NotCorrectableException(hash.isEmpty()
                    ? "The latest decision was recorded before decisions were signed; it cannot be corrected here."
                    : "corrects names no signed decision of this submission; send the latest decision's signature "
                            + "hash.", false);
        }
        if (SignedDecisions.status(submission, latest) != SignedDecisions.Status.VALID) {
            throw new NotCorrectableException("The latest decision's signature does not verify (the record changed "
                    + "after signing); it is not signed over — report it to QA.", false);
        }
    }

    /** The latest review is this very correction, landed already: its reply was lost, or the function stopped. */
    private static boolean isThisCorrection(Review latest, Actor admin, CorrectionCommand command) {
        return latest.signature().flatMap(ElectronicSignature::corrects).filter(command.corrects()::equals).isPresent()
                && latest.reviewerId().equals(admin.userId())
                && latest.decision() == command.decision()
                && latest.note().equals(command.reason().strip())
                && latest.conditions().stream().map(Condition::code).toList().containsAll(command.conditions());
    }

    private static Submission corrected(User signer, Submission submission, CorrectionCommand command,
                                        List<Condition> conditions, Verdict verdict, Optional<String> passId,
                                        Instant now) {
        List<Review> reviews = new ArrayList<>(submission.reviews());
        int index = reviews.size();
        String corrects = reviews.get(index - 1).signature().orElseThrow().hash();
        Review review = new Review(signer.id(), now, command.decision(), conditions, command.reason().strip(),
                submission.verdict(), verdict);
        reviews.add(review.withSignature(ElectronicSignature.sign(signer.id(), signer.displayName(), now,
                SignatureMeaning.CORRECTION, SignedDecisions.RECORD_TYPE, SignedDecisions.recordId(submission, index),
                SignedDecisions.recordHash(submission, index, review), Optional.of(corrects))));
        return new Submission(submission.id(), submission.siteId(), submission.workerId(),
                submission.clientSubmissionId(), submission.requestHash(), submission.submittedAt(),
                submission.siteDate(), submission.photos(), submission.evaluation(), verdict, reviews, passId,
                submission.expiresAt(), submission.version() + 1);
    }

    private static Submission withoutPass(Submission s) {
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), s.verdict(), s.reviews(), Optional.empty(),
                s.expiresAt(), s.version());
    }
}
