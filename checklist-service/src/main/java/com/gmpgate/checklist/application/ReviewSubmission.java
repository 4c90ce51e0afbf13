package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.Outcome;
import com.gmpgate.domain.rules.Rule;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.RescreenLockout;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A supervisor (ADMIN of the submission's site) decides a PENDING_REVIEW screening, or reinstates a worker the
 * re-screen lockout turned away:
 * <ul>
 * <li>APPROVE → PASS, or CONDITIONAL_PASS when the rule pack had set conditions (an approval never drops them);</li>
 * <li>APPROVE_WITH_CONDITIONS → CONDITIONAL_PASS with the chosen codes (known to the submission's rule pack)
 * added to the pack's own;</li>
 * <li>REJECT → FAIL, which revokes the worker's current pass and locks out the rest of the day.</li>
 * </ul>
 * Who, when, why and what it changed is appended to the submission as a {@link Review}. The decision is recorded
 * on the worker's day first (one conditional write, like a screening's), then on the submission (optimistic, by
 * version): of two reviewers deciding at once exactly one succeeds; the other gets ALREADY_REVIEWED. An approval
 * issues the pass — unless a FAIL has locked the day out and the approval would not end that lockout
 * ({@link LockedOutException}): a PENDING_REVIEW approved after the worker's later FAIL must not admit them. Only a
 * screening of today can be approved: its pass would admit today.
 *
 * <p>Every decision is an electronic signature: the reviewer re-enters their password ({@link PasswordReentry}: the
 * login's hash check and lock, so a wrong one counts toward the lock), and the {@link Review} keeps the signature —
 * their name, the time, the meaning and the hash binding it to the decided record ({@link SignedDecisions}). A review
 * once recorded is never changed; the submission only gains reviews. A copy of each signed decision goes to the
 * site's append-only {@link AuditTrail}.
 */
public final class ReviewSubmission {

    private final SiteRulePacks packs;
    private final SubmissionStore submissions;
    private final WorkerDayUpdates days;
    private final SubmissionPasses passes;
    private final ChecklistEvents events;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final PasswordReentry reentry;
    private final AuditTrail audit;

    public ReviewSubmission(SiteRulePacks packs, SubmissionStore submissions, WorkerDayStore days,
                            SubmissionPasses passes, ChecklistEvents events, ChecklistSettings settings, Clock clock,
                            Supplier<String> ids, PasswordReentry reentry, AuditTrail audit) {
        this.reentry = reentry;
        this.audit = audit;
        this.packs = packs;
        this.submissions = submissions;
        this.days = new WorkerDayUpdates(days);
        this.settings = settings;
        this.passes = passes;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @throws SubmissionNotFoundException when there is none of that id at the admin's site
     * @throws NotReviewableException      when it is not waiting for a decision
     * @throws InvalidReviewException      when the conditions or the note do not fit the decision
     * @throws StaleVersionException       when another reviewer decided meanwhile
     * @throws com.gmpgate.credentials.PasswordMismatchException when the re-entered password is not the reviewer's
     * @throws com.gmpgate.credentials.AccountLockedException    when too many wrong passwords locked the reviewer out
     */
    public Screening review(Actor admin, String submissionId, ReviewCommand command, String clientAddress) {
        Submission submission = submissions.findById(submissionId)
                .filter(s -> admin.isAdmin() && s.siteId().equals(admin.siteId()))
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        RulePack pack = packs.byId(submission.evaluation().rulePackId())
                .orElseGet(() -> packs.forSite(submission.siteId()));
        requireReviewable(submission, command, pack);
        List<Condition> conditions = conditions(submission, command, pack);

        Verdict verdict = switch (command.decision()) {
            case REJECT -> Verdict.FAIL;
            case APPROVE, APPROVE_WITH_CONDITIONS -> conditions.isEmpty() ? Verdict.PASS : Verdict.CONDITIONAL_PASS;
        };
        Instant now = clock.instant();
        User signer = reentry.confirm(admin.userId(), command.password(), clientAddress, now);
        if (verdict.issuesPass() && !submission.siteDate().equals(LocalDate.ofInstant(now, settings.siteZone()))) {
            // its pass would admit today on a screening of another day
            throw new NotReviewableException("A screening admits only on its own day (" + submission.siteDate()
                    + "); the worker answers the checklist again today.", false);
        }
        String passId = ids.get();
        Submission decided = days.apply(submission.siteId(), submission.workerId(), submission.siteDate(), day -> {
            Optional<WorkerDay.Reviewed> recorded = day.reviewOf(submission.id());
            if (recorded.isPresent()) {
                // the day holds a review of this submission: another reviewer's, or ours whose record write was
                // lost; only the same outcome may finish it, with the pass the day listed
                if (!submission.reviews().isEmpty() || recorded.get().verdict() != verdict) {
                    throw new NotReviewableException("This submission has already been reviewed.", true);
                }
                return new WorkerDayUpdates.Decision<>(day, decided(signer, submission, command, conditions, verdict,
                        recorded.get().passId().or(submission::passId), now));
            }
            Submission s = decided(signer, submission, command, conditions, verdict,
                    verdict.issuesPass() ? Optional.of(passId) : submission.passId(), now);
            WorkerDay next = day.recordReview(s, now);
            if (verdict.issuesPass() && next.lockedOut()) {
                throw new LockedOutException(lockedOutMessage(next));
            }
            return new WorkerDayUpdates.Decision<>(next, s);
        }).value();
        submissions.update(decided);
        // the second copy of the signature, in the append-only audit trail (keyed by the review: a retry writes once)
        int index = decided.reviews().size() - 1;
        Review review = decided.reviews().get(index);
        audit.append(new AuditEntry(SignedDecisions.recordId(decided, index), decided.siteId(), review.reviewedAt(),
                review.reviewerId(), AuditAction.SUBMISSION_REVIEWED, "SUBMISSION", decided.id(),
                review.decision() + ": " + review.previousVerdict() + " → " + review.resultingVerdict()
                        + " (worker " + decided.workerId() + ")",
                review.signature()));

        Optional<Pass> pass = passes.settle(decided, "review rejected submission " + decided.id());
        events.publish(new ChecklistEvaluated(decided.id(), decided.siteId(), decided.workerId(), decided.siteDate(),
                verdict, ChecklistEvaluated.Trigger.REVIEW, now, decided.passId().filter(id -> verdict.issuesPass()),
                Optional.of(admin.userId())));
        return new Screening(decided, pass.filter(p -> SubmissionPasses.usable(p, clock.instant())), Map.of());
    }

    private static Submission decided(User signer, Submission submission, ReviewCommand command,
                                      List<Condition> conditions, Verdict verdict, Optional<String> passId, Instant now) {
        List<Review> reviews = new ArrayList<>(submission.reviews());
        Review review = new Review(signer.id(), now, command.decision(),
                verdict == Verdict.FAIL ? List.of() : conditions, command.note().strip(), submission.verdict(), verdict);
        int index = reviews.size();
        reviews.add(review.withSignature(ElectronicSignature.sign(signer.id(), signer.displayName(), now,
                SignedDecisions.meaning(command.decision(), isLockoutToReinstate(submission)),
                SignedDecisions.RECORD_TYPE, SignedDecisions.recordId(submission, index),
                SignedDecisions.recordHash(submission, index, review), Optional.empty())));
        return new Submission(submission.id(), submission.siteId(), submission.workerId(),
                submission.clientSubmissionId(), submission.requestHash(), submission.submittedAt(),
                submission.siteDate(), submission.photos(), submission.evaluation(), verdict, reviews, passId,
                submission.expiresAt(), submission.version() + 1);
    }

    private static String lockedOutMessage(WorkerDay day) {
        return "The worker failed a screening at " + day.latestFailAt().map(Object::toString).orElse("?")
                + " (submission " + day.latestFailSubmissionId().orElse("?") + ") and is locked out for the day: an "
                + "approval cannot admit them now. To reinstate them, approve a screening they answered after that "
                + "FAIL (the lockout refused it), or let them answer again and approve that one.";
    }

    /** PENDING_REVIEW, or a FAIL that only the lockout made (a reinstatement), not yet reviewed. */
    public static boolean isReviewable(Submission submission) {
        return submission.verdict() == Verdict.PENDING_REVIEW || isLockoutToReinstate(submission);
    }

    private static boolean isLockoutToReinstate(Submission submission) {
        return submission.evaluation().lockedOut() && submission.verdict() == Verdict.FAIL
                && submission.reviews().isEmpty();
    }

    private static void requireReviewable(Submission submission, ReviewCommand command, RulePack pack) {
        if (!isReviewable(submission)) {
            boolean reviewed = !submission.reviews().isEmpty();
            throw new NotReviewableException(reviewed
                    ? "This submission has already been reviewed."
                    : "Only a submission pending review, or one the re-screen lockout refused, can be reviewed; this "
                            + "one is " + submission.verdict() + ".", reviewed);
        }
        if (isLockoutToReinstate(submission) && command.decision() != ReviewDecision.REJECT
                && asksForCorrection(submission, pack)) {
            // the worker still has something to fix (jewelry, hands): reinstating now would admit them as they are
            throw new NotReviewableException("The worker must first fix what the checklist lists and answer again; "
                    + "reinstate that later submission instead.", false);
        }
    }

    private static boolean asksForCorrection(Submission submission, RulePack pack) {
        return submission.evaluation().firedRuleIds().stream()
                .filter(id -> !id.equals(RescreenLockout.RULE_ID))
                .map(pack::rule)
                .flatMap(Optional::stream)
                .map(Rule::outcome)
                .anyMatch(outcome -> outcome == Outcome.CORRECTABLE);
    }

    /** The rule pack's conditions of the evaluation, plus the reviewer's own, each code once. */
    private static List<Condition> conditions(Submission submission, ReviewCommand command, RulePack pack) {
        return conditions(submission, command.decision(), command.conditions(), command.note(), "note", pack);
    }

    /**
     * The conditions a decision sets, checked against what the decision allows (also for a correction, whose
     * {@code note} field is its reason).
     */
    static List<Condition> conditions(Submission submission, ReviewDecision decision, List<String> codes,
                                      String note, String noteField, RulePack pack) {
        List<InvalidReviewException.Problem> problems = new ArrayList<>();
        boolean withConditions = decision == ReviewDecision.APPROVE_WITH_CONDITIONS;
        if (withConditions && codes.isEmpty()) {
            problems.add(new InvalidReviewException.Problem("conditions", "REQUIRED",
                    "APPROVE_WITH_CONDITIONS needs at least one condition code."));
        }
        if (!withConditions && !codes.isEmpty()) {
            problems.add(new InvalidReviewException.Problem("conditions", "NOT_EXPECTED",
                    "Condition codes go with APPROVE_WITH_CONDITIONS only."));
        }
        if (decision == ReviewDecision.REJECT && note.isBlank()) {
            problems.add(new InvalidReviewException.Problem(noteField, "REQUIRED",
                    "A rejection needs a note saying why: it is kept as the audit record."));
        }
        Map<String, Condition> known = pack.conditions();
        Map<String, Condition> chosen = new LinkedHashMap<>();
        submission.evaluation().conditions().forEach(c -> chosen.put(c.code(), c));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Condition condition = known.get(code);
            if (condition == null) {
                problems.add(new InvalidReviewException.Problem("conditions[" + i + "]", "UNKNOWN_CONDITION",
                        "Rule pack " + pack.id() + " has no condition " + code + "; it knows " + known.keySet() + "."));
            } else {
                chosen.putIfAbsent(code, condition);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReviewException(problems);
        }
        return List.copyOf(chosen.values());
    }
}
