package com.gmpgate.checklist.application;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.SubmissionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reading submissions, with the ownership rules: a worker sees only their own, an admin only their site's. A
 * record the caller may not see is reported exactly like one that does not exist.
 */
public final class SubmissionQueries {

    private final SubmissionStore submissions;
    private final AnalysisStore analyses;
    private final SubmissionPasses passes;
    private final ChecklistSettings settings;
    private final Clock clock;

    public SubmissionQueries(SubmissionStore submissions, AnalysisStore analyses, SubmissionPasses passes,
                             ChecklistSettings settings, Clock clock) {
        this.submissions = submissions;
        this.analyses = analyses;
        this.passes = passes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One submission, with its pass while it can be shown and the analysis of each photo.
     *
     * @throws SubmissionNotFoundException when there is none the caller may see
     */
    public Screening get(Actor actor, String submissionId) {
        Submission submission = submissions.findById(submissionId)
                .filter(s -> visibleTo(actor, s))
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        Map<String, String> analysisIds = new LinkedHashMap<>();
        for (PhotoRef photo : submission.photos()) {
            analyses.findLatestByImageKey(photo.imageKey())
                    .filter(a -> a.siteId().equals(submission.siteId()) && a.workerId().equals(submission.workerId()))
                    .map(Analysis::id)
                    .ifPresent(id -> analysisIds.put(photo.imageKey(), id));
        }
        return new Screening(submission,
                passes.ensure(submission).filter(p -> SubmissionPasses.usable(p, clock.instant())), analysisIds);
    }

    /**
     * A page of submissions, newest first. A worker gets their own (all days, or one {@code date}); asking for
     * another worker's is refused. An admin gets their site's submissions of one day (today unless {@code date}),
     * optionally of one verdict or one worker.
     *
     * @throws ForbiddenListingException when a worker names another worker
     */
    public Page<Submission> list(Actor actor, ListQuery query, PageRequest page) {
        if (actor.isAdmin()) {
            LocalDate date = query.date().orElseGet(() -> LocalDate.ofInstant(clock.instant(), settings.siteZone()));
            return submissions.listBySiteDate(actor.siteId(), date, query.verdict(), query.workerId(), page);
        }
        if (query.workerId().filter(id -> !id.equals(actor.userId())).isPresent()) {
            throw new ForbiddenListingException();
        }
        if (query.date().isPresent()) {
            return submissions.listBySiteDate(actor.siteId(), query.date().get(), query.verdict(),
                    Optional.of(actor.userId()), page);
        }
        Page<Submission> mine = submissions.listByWorker(actor.userId(), page);
        // the store filters a worker's whole history by day only; a verdict filter is applied to the page, which
        // may then be short, while the cursor still leads on (as a DynamoDB filter expression does)
        return query.verdict().map(verdict -> new Page<>(
                        mine.items().stream().filter(s -> s.verdict() == verdict).toList(), mine.nextCursor()))
                .orElse(mine);
    }

    private static boolean visibleTo(Actor actor, Submission submission) {
        return actor.isAdmin()
                ? submission.siteId().equals(actor.siteId())
                : submission.workerId().equals(actor.userId());
    }
}
