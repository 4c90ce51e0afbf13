package com.gmpgate.domain.checklist;

import com.gmpgate.domain.verdict.PriorScreening;
import com.gmpgate.domain.verdict.RescreenLockout;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One worker's site day, as one stored item: everything the re-screen lockout and the gate need to know about
 * the day, so that a submission reads one item instead of every earlier submission, and so that recording a
 * verdict is one conditional write on it (by {@link #version}). Without transactions (DESIGN.md section 5) this
 * item is where concurrent screenings of one worker meet: of two writes based on the same version exactly one
 * lands; the other reads again and is judged again — a PASS that loses to a FAIL becomes the lockout's FAIL.
 *
 * <p>The lockout needs only two instants from all the day's screenings ({@link RescreenLockout} holds iff some
 * counted FAIL is newer than the newest reinstatement, and only the newest of each matters), so
 * {@link #priors()} hands the engine two synthetic screenings with the same answer as the whole list would give.
 *
 * <p>For the gate: each pass the day issued is listed with the number of {@link #voids} recorded before it; every
 * counted FAIL (a FAIL of the rules, or a supervisor's rejection) appends the instant it was recorded. A pass is
 * void from the first void recorded after it was listed — whatever the clocks of the racing requests said.
 *
 * @param version          0 for a day with nothing recorded yet; each save adds one
 * @param latestFailAt     submission time of the newest FAIL that counts for the lockout (not the lockout's own echo)
 * @param latestFailSubmissionId that FAIL's submission
 * @param lastReinstatedAt submission time of the newest screening an admin reinstated
 * @param voids            when each counted FAIL was recorded, in recording order
 * @param passes           pass id → how many voids had been recorded when it was listed
 * @param reviewed         submission id → what its review decided (one review per submission)
 * @param submissions      screenings recorded this day (bounded by {@link #MAX_SUBMISSIONS})
 */
public record WorkerDay(
        String siteId,
        String workerId,
        LocalDate siteDate,
        long version,
        Optional<Instant> latestFailAt,
        Optional<String> latestFailSubmissionId,
        Optional<Instant> lastReinstatedAt,
        List<Instant> voids,
        Map<String, Integer> passes,
        Map<String, Reviewed> reviewed,
        int submissions) {

    /** A review's outcome as the day keeps it: enough to finish the review if its submission's write was lost. */
    public record Reviewed(Verdict verdict, Optional<String> passId) {
        public Reviewed {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(passId, "passId");
        }
    }

    /** No worker screens this often in a day; the cap keeps the item far below DynamoDB's 400 KB. */
    public static final int MAX_SUBMISSIONS = 200;

    public WorkerDay {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(siteDate, "siteDate");
        Objects.requireNonNull(latestFailAt, "latestFailAt");
        Objects.requireNonNull(latestFailSubmissionId, "latestFailSubmissionId");
        Objects.requireNonNull(lastReinstatedAt, "lastReinstatedAt");
        voids = List.copyOf(voids);
        passes = Map.copyOf(passes);
        reviewed = Map.copyOf(reviewed);
    }

    public static WorkerDay empty(String siteId, String workerId, LocalDate siteDate) {
        return new WorkerDay(siteId, workerId, siteDate, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Map.of(), Map.of(), 0);
    }

    /** Two screenings that give {@link RescreenLockout} the same answer as all of the day's would. */
    public List<PriorScreening> priors() {
        List<PriorScreening> priors = new ArrayList<>(2);
        latestFailAt.ifPresent(at -> priors.add(new PriorScreening(at, Verdict.FAIL, false, false)));
        lastReinstatedAt.ifPresent(at -> priors.add(new PriorScreening(at, Verdict.FAIL, true, true)));
        return priors;
    }

    /** After a FAIL, no screening of the day yields a pass until an admin reinstates the worker. */
    public boolean lockedOut() {
        return RescreenLockout.isLockedOut(priors());
    }

    public boolean isFull() {
        return submissions >= MAX_SUBMISSIONS;
    }

    /**
     * The day with one screening folded in, as the next version. A screening's pass is listed; a pass while the
     * day is locked out is a bug in the caller (the engine must have seen this day's {@link #priors()}).
     */
    public WorkerDay recordSubmission(Submission submission, Instant recordedAt) {
        requireOwn(submission);
        if (submission.verdict().issuesPass() && lockedOut()) {
            throw new IllegalStateException("a pass for submission " + submission.id() + " on a locked-out day");
        }
        return fold(submission, recordedAt, submissions + 1, reviewed);
    }

    /**
     * The day with a review's outcome folded in: a rejection counts as a FAIL (and voids the day's passes), an
     * approval of a lockout's FAIL is a reinstatement, an approval's pass is listed. Whether the approval may stand
     * is the caller's question: {@link #lockedOut()} of the result.
     */
    public WorkerDay recordReview(Submission decided, Instant recordedAt) {
        requireOwn(decided);
        Map<String, Reviewed> decisions = new LinkedHashMap<>(reviewed);
        decisions.put(decided.id(), new Reviewed(decided.verdict(),
                decided.verdict().issuesPass() ? decided.passId() : Optional.empty()));
        return fold(decided, recordedAt, submissions, decisions);
    }

    /**
     * The day with a signed correction of a review folded in. A correction to an approval folds like a review (an
     * approved lockout FAIL is a reinstatement, its pass is listed). A correction to a rejection counts as a FAIL
     * recorded <em>now</em>, not at the screening's time: it must void every pass of the day listed before it and
     * lock the day out again even when the decision it corrects was a reinstatement, whose screening time a FAIL
     * of that same time would not outrank.
     */
    public WorkerDay recordCorrection(Submission corrected, Instant recordedAt) {
        requireOwn(corrected);
        if (corrected.verdict() != Verdict.FAIL) {
            return recordReview(corrected, recordedAt);
        }
        Map<String, Reviewed> decisions = new LinkedHashMap<>(reviewed);
        decisions.put(corrected.id(), new Reviewed(Verdict.FAIL, Optional.empty()));
        List<Instant> newVoids = new ArrayList<>(voids);
        newVoids.add(recordedAt);
        boolean newest = latestFailAt.map(at -> !recordedAt.isBefore(at)).orElse(true);
        return new WorkerDay(siteId, workerId, siteDate, version + 1,
                newest ? Optional.of(recordedAt) : latestFailAt,
                newest ? Optional.of(corrected.id()) : latestFailSubmissionId,
                lastReinstatedAt, newVoids, passes, decisions, submissions);
    }

    public Optional<Reviewed> reviewOf(String submissionId) {
        return Optional.ofNullable(reviewed.get(submissionId));
    }

    public boolean lists(String passId) {
        return passes.containsKey(passId);
    }

    /**
     * When the pass stopped being valid because of a FAIL of this day: the first void recorded after it was listed.
     * A pass the day never listed (issued before this record existed) is void from the day's first FAIL.
     */
    public Optional<Instant> voidedAt(String passId) {
        int before = passes.getOrDefault(passId, 0);
        return voids.subList(Math.min(before, voids.size()), voids.size()).stream().min(Instant::compareTo);
    }

    private WorkerDay fold(Submission submission, Instant recordedAt, int count, Map<String, Reviewed> decisions) {
        PriorScreening screening = PriorScreening.of(submission);
        Optional<Instant> failAt = latestFailAt;
        Optional<String> failId = latestFailSubmissionId;
        Optional<Instant> reinstatedAt = lastReinstatedAt;
        List<Instant> newVoids = new ArrayList<>(voids);
        if (screening.reinstated()) {
            reinstatedAt = Optional.of(later(reinstatedAt, screening.at()));
        } else if (screening.verdict() == Verdict.FAIL && !screening.forcedByLockout()) {
            if (failAt.map(at -> !screening.at().isBefore(at)).orElse(true)) {
                failAt = Optional.of(screening.at());
                failId = Optional.of(submission.id());
            }
            newVoids.add(recordedAt);
        }
        Map<String, Integer> newPasses = new LinkedHashMap<>(passes);
        if (submission.verdict().issuesPass() && submission.passId().isPresent()) {
            newPasses.putIfAbsent(submission.passId().get(), newVoids.size());
        }
        return new WorkerDay(siteId, workerId, siteDate, version + 1, failAt, failId, reinstatedAt, newVoids,
                newPasses, decisions, count);
    }

    private void requireOwn(Submission submission) {
        if (!submission.workerId().equals(workerId) || !submission.siteDate().equals(siteDate)) {
            throw new IllegalArgumentException("submission " + submission.id() + " is of " + submission.workerId()
                    + " on " + submission.siteDate() + ", not of " + workerId + " on " + siteDate);
        }
    }

    private static Instant later(Optional<Instant> current, Instant candidate) {
        return current.filter(c -> c.isAfter(candidate)).orElse(candidate);
    }
}
