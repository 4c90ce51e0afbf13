package com.gmpgate.domain.verdict;

import com.gmpgate.domain.checklist.Submission;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An earlier screening of the same worker on the same site day, as the re-screen lockout sees it.
 *
 * @param verdict the screening's current verdict, after any review
 * @param reinstated an admin's review turned this FAIL into a pass
 * @param forcedByLockout the FAIL was only the lockout's echo of an earlier FAIL, not a finding of its own
 */
public record PriorScreening(Instant at, Verdict verdict, boolean reinstated, boolean forcedByLockout) {

    public PriorScreening {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
    }

    public PriorScreening(Instant at, Verdict verdict, boolean reinstated) {
        this(at, verdict, reinstated, false);
    }

    /**
     * Reads a stored submission: it is a FAIL when it was evaluated FAIL or a reviewer rejected it; it is
     * reinstated when it was evaluated FAIL and a review has since turned it into a pass.
     */
    public static PriorScreening of(Submission submission) {
        VerdictRecord evaluation = submission.evaluation();
        boolean evaluatedFail = evaluation.verdict() == Verdict.FAIL;
        boolean reinstated = evaluatedFail && submission.verdict().issuesPass();
        // an evaluated FAIL stays a FAIL unless a review turned it into a pass
        Verdict verdict = evaluatedFail ? Verdict.FAIL : submission.verdict();
        return new PriorScreening(submission.submittedAt(), verdict, reinstated, evaluation.lockedOut());
    }

    public static List<PriorScreening> of(List<Submission> submissions) {
        return submissions.stream().map(PriorScreening::of).toList();
    }
}
