package com.gmpgate.checklist.application;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.AnswerError;
import com.gmpgate.domain.checklist.AnswerErrorCode;
import com.gmpgate.domain.checklist.AnswerValidationException;
import com.gmpgate.domain.checklist.AnswerValidator;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.checklist.GastroIntestinal;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.verdict.AssessmentSource;
import com.gmpgate.domain.verdict.PhotoAssessment;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.ChecklistEvents;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Stored;
import com.gmpgate.port.SubmissionStore;
import com.gmpgate.port.WorkerDayStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A worker's daily screening: validate (every bad item named at once) → fold in the wound-photo assessments →
 * the verdict engine, with the re-screen lockout of the worker's day → record the verdict on that day (one
 * conditional write, retried with a fresh verdict when another screening landed first) → store the record → the
 * pass for PASS and CONDITIONAL_PASS, or revocation of the current ones for FAIL → announce it.
 *
 * <p>The day's one item replaces reading every earlier submission of the day with their answers: the cost of a
 * screening no longer grows with the number made before it.
 *
 * <p>Idempotent by {@code clientSubmissionId}: the same request again returns the first record (and finishes
 * whatever a crash left undone); another request under the same id is an {@link IdempotencyConflictException}.
 */
public final class SubmitChecklist {

    private final SiteRulePacks packs;
    private final SubmissionStore submissions;
    private final WorkerDayUpdates days;
    private final AnalysisStore analyses;
    private final SubmissionPasses passes;
    private final ChecklistEvents events;
    private final VerdictEngine engine;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;

    public SubmitChecklist(SiteRulePacks packs, SubmissionStore submissions, WorkerDayStore days,
                           AnalysisStore analyses, SubmissionPasses passes, ChecklistEvents events,
                           VerdictEngine engine, ChecklistSettings settings, Clock clock, Supplier<String> ids) {
        this.packs = packs;
        this.submissions = submissions;
        this.days = new WorkerDayUpdates(days);
        this.analyses = analyses;
        this.passes = passes;
        this.events = events;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @return the stored screening; {@code created=false} when this request was answered before
     * @throws AnswerValidationException naming every refused answer or photo
     * @throws IdempotencyConflictException when the client id was used for another request
     */
    public Stored<Screening> submit(Actor worker, SubmitCommand command) {
        RulePack pack = packs.forSite(worker.siteId());
        ValidatedAnswers answers = validate(pack, worker, command);
        String requestHash = RequestHash.of(answers);
        Optional<Submission> earlier = submissions.findByClientSubmissionId(worker.userId(), command.clientSubmissionId());
        if (earlier.isPresent()) {
            // a re-send: answered with the first record, whose verdict the day holds already
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new IdempotencyConflictException("clientSubmissionId", command.clientSubmissionId());
            }
            return reply(earlier.get(), false);
        }
        Instant now = clock.instant();
        LocalDate siteDate = LocalDate.ofInstant(now, settings.siteZone());
        List<PhotoAssessment> assessments = assessments(worker, answers);
        String submissionId = ids.get();
        String passId = ids.get();

        // Judged on the day as read, recorded only on that very version: a FAIL saved meanwhile makes this a
        // retry, and the retry sees the lockout. So of a FAIL and a PASS racing, either the PASS was recorded first
        // (and the FAIL voids its pass) or the PASS becomes the lockout's FAIL.
        Submission submission = days.apply(worker.siteId(), worker.userId(), siteDate, day -> {
            if (day.isFull()) {
                throw new TooManySubmissionsException();
            }
            VerdictRecord evaluation = engine.evaluate(pack, answers, assessments, day.priors(), now);
            Submission s = new Submission(submissionId, worker.siteId(), worker.userId(),
                    command.clientSubmissionId(), requestHash, now, siteDate, answers.photos(), evaluation,
                    evaluation.verdict(), List.of(),
                    evaluation.verdict().issuesPass() ? Optional.of(passId) : Optional.empty(),
                    now.plus(settings.retention().answersAt(worker.siteId())), 1);
            return new WorkerDayUpdates.Decision<>(day.recordSubmission(s, clock.instant()), s);
        }).value();

        // Two copies of one request racing past the look-up above both record; the store keeps one, and the other
        // copy's record is harmless: same answers, so the same FAIL (or a pass id no record names, never stored).
        Stored<Submission> stored = submissions.create(submission);
        Stored<Screening> reply = reply(stored.value(), stored.created());
        if (stored.created()) {
            Submission first = stored.value();
            events.publish(new ChecklistEvaluated(first.id(), first.siteId(), first.workerId(), first.siteDate(),
                    first.verdict(), ChecklistEvaluated.Trigger.SUBMISSION, first.submittedAt(), first.passId(),
                    Optional.empty(), GastroIntestinal.excluded(first.evaluation())));
        }
        return reply;
    }

    /** Settles the passes (finishing what a crash left undone on a re-send) and shapes the reply. */
    private Stored<Screening> reply(Submission first, boolean created) {
        Optional<Pass> pass = passes.settle(first, "FAIL in submission " + first.id());
        return new Stored<>(new Screening(first, pass.filter(p -> SubmissionPasses.usable(p, clock.instant())),
                Map.of()), created);
    }

    /**
     * The template's checks, plus one of this service's own: each photo must be one the caller uploaded (its key
     * names the caller's site and worker id), so no one can pass with a colleague's healed-wound photo.
     */
    private ValidatedAnswers validate(RulePack pack, Actor worker, SubmitCommand command) {
        List<AnswerError> foreign = new ArrayList<>();
        for (PhotoRef photo : command.photos()) {
            if (!photo.imageKey().isBlank() && !ImageKeys.isOwnedBy(photo.imageKey(), worker.siteId(), worker.userId())) {
                foreign.add(new AnswerError(photo.itemId(), AnswerErrorCode.UNKNOWN_PHOTO, LocalizedText.of(
                        "올린 사진을 찾을 수 없습니다. 사진을 다시 찍어 올려 주세요.",
                        "This photo is not one you uploaded. Please take and send it again.")));
            }
        }
        ValidatedAnswers answers;
        try {
            answers = new AnswerValidator(pack.template()).validate(command.templateId(), command.templateVersion(),
                    command.answers(), command.photos());
        } catch (AnswerValidationException e) {
            if (foreign.isEmpty() || e.errors().stream().anyMatch(err -> err.code() == AnswerErrorCode.TEMPLATE_MISMATCH)) {
                throw e;
            }
            // one error per item: a photo refused already for another reason needs no second word
            Set<String> named = new HashSet<>();
            e.errors().forEach(err -> named.add(err.field()));
            List<AnswerError> all = new ArrayList<>(e.errors());
            foreign.stream().filter(err -> !named.contains(err.field())).forEach(all::add);
            throw new AnswerValidationException(all);
        }
        if (!foreign.isEmpty()) {
            throw new AnswerValidationException(foreign);
        }
        return answers;
    }

    /**
     * The model's assessment of each photo, when there is a completed one of the caller's own. Anything else (no
     * analysis yet, the manual provider, an odd model reply) gives none, and the engine sends the case to a human.
     */
    private List<PhotoAssessment> assessments(Actor worker, ValidatedAnswers answers) {
        List<PhotoAssessment> found = new ArrayList<>();
        for (PhotoRef photo : answers.photos()) {
            analyses.findLatestByImageKey(photo.imageKey())
                    .filter(a -> a.siteId().equals(worker.siteId()) && a.workerId().equals(worker.userId()))
                    .filter(a -> a.status() == AnalysisStatus.COMPLETED)
                    .flatMap(a -> a.assessment().map(assessment -> new PhotoAssessment(photo.itemId(),
                            photo.imageKey(), AssessmentSource.MODEL, a.modelId(), assessment)))
                    .ifPresent(found::add);
        }
        return found;
    }
}
