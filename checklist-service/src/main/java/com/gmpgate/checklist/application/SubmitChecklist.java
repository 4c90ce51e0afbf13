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
import com.gmpgate.domain.verdict.PriorScreening;
import com.gmpgate.domain.verdict.VerdictEngine;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.ChecklistEvents;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Stored;
import com.gmpgate.port.SubmissionStore;
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
 * the verdict engine, with the re-screen lockout of the day → store the record → the pass for PASS and
 * CONDITIONAL_PASS, or revocation of the current one for FAIL → announce it.
 *
 * <p>Idempotent by {@code clientSubmissionId}: the same request again returns the first record (and finishes
 * whatever a crash left undone); another request under the same id is an {@link IdempotencyConflictException}.
 */
public final class SubmitChecklist {

    private final SiteRulePacks packs;
    private final SubmissionStore submissions;
    private final AnalysisStore analyses;
    private final SubmissionPasses passes;
    private final ChecklistEvents events;
    private final VerdictEngine engine;
    private final ChecklistSettings settings;
    private final Clock clock;
    private final Supplier<String> ids;

    public SubmitChecklist(SiteRulePacks packs, SubmissionStore submissions, AnalysisStore analyses,
                           SubmissionPasses passes, ChecklistEvents events, VerdictEngine engine,
                           ChecklistSettings settings, Clock clock, Supplier<String> ids) {
        this.packs = packs;
        this.submissions = submissions;
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
        Instant now = clock.instant();
        LocalDate siteDate = LocalDate.ofInstant(now, settings.siteZone());

        List<PriorScreening> earlierToday = PriorScreening.of(submissions.listByWorkerOnDate(worker.userId(), siteDate));
        VerdictRecord evaluation = engine.evaluate(pack, answers, assessments(worker, answers), earlierToday, now);
        Optional<String> passId = evaluation.verdict().issuesPass() ? Optional.of(ids.get()) : Optional.empty();
        Submission submission = new Submission(ids.get(), worker.siteId(), worker.userId(),
                command.clientSubmissionId(), RequestHash.of(answers), now, siteDate, answers.photos(), evaluation,
                evaluation.verdict(), List.of(), passId, now.plus(settings.answerRetention()), 1);

        Stored<Submission> stored = submissions.create(submission);
        Submission first = stored.value();
        Optional<Pass> pass = passes.settle(first, "FAIL in submission " + first.id());
        if (stored.created()) {
            events.publish(new ChecklistEvaluated(first.id(), first.siteId(), first.workerId(), first.siteDate(),
                    first.verdict(), ChecklistEvaluated.Trigger.SUBMISSION, first.submittedAt(), first.passId(),
                    Optional.empty(), GastroIntestinal.excluded(first.evaluation())));
        }
        return new Stored<>(new Screening(first, pass.filter(p -> SubmissionPasses.usable(p, clock.instant())),
                Map.of()), stored.created());
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
