package com.gmpgate.port;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import java.time.LocalDate;
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

    /**
     * The submission a (worker, clientSubmissionId) became, once it is stored; empty before (also while a first
     * request is between its two writes: {@link #create} sorts that out).
     */
    Optional<Submission> findByClientSubmissionId(String workerId, String clientSubmissionId);
}
