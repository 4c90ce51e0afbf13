package com.gmpgate.port;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface SubmissionStore {
    /**
     * Stores the submission once per (worker, clientSubmissionId). The same id with the same request
     * hash returns the first record with {@code created=false}; with another hash it is a conflict.
     */
    Stored<Submission> create(Submission submission) throws IdempotencyConflictException;

    Optional<Submission> findById(String submissionId);

    /** Replaces the submission (a review) if its stored version is {@code submission.version() - 1}. */
    void update(Submission submission) throws StaleVersionException;

    /** The worker's own submissions, newest first. */
    Page<Submission> listByWorker(String workerId, PageRequest page);

    /** A site's submissions of one day, newest first, optionally of one verdict or one worker. */
    Page<Submission> listBySiteDate(String siteId, LocalDate date, Optional<Verdict> verdict,
            Optional<String> workerId, PageRequest page);

    /** All of the worker's submissions of that site day (for the re-screen lockout), oldest first. */
    List<Submission> listByWorkerOnDate(String workerId, LocalDate siteDate);
}
