package com.gmpgate.domain.checklist;

import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answered checklist: the worker's legal record of the day's screening.
 *
 * @param clientSubmissionId the id the app generated, so a re-sent request is answered with this record
 * @param requestHash hash of the request body; a re-send with another body under the same client id is a conflict
 * @param siteDate the plant's local date of {@code submittedAt} (the day the re-screen lockout looks at)
 * @param evaluation the verdict as evaluated (with its inputs, for replay)
 * @param verdict the current verdict: the evaluation's, or the one a review set
 * @param reviews the audit trail of reviews, oldest first
 * @param passId the pass issued for this submission, if any
 * @param expiresAt when the raw answers may be deleted (DynamoDB TTL); the verdict record outlives them
 */
public record Submission(
        String id,
        String siteId,
        String workerId,
        String clientSubmissionId,
        String requestHash,
        Instant submittedAt,
        LocalDate siteDate,
        List<PhotoRef> photos,
        VerdictRecord evaluation,
        Verdict verdict,
        List<Review> reviews,
        Optional<String> passId,
        Instant expiresAt,
        long version) {

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(clientSubmissionId, "clientSubmissionId");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(siteDate, "siteDate");
        photos = List.copyOf(photos);
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(verdict, "verdict");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The decision that stands, when a supervisor made one. */
    public Optional<Review> lastReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    /** The conditions of the current verdict, with their words: the last reviewer's when reviewed, else the pack's. */
    public List<Condition> currentConditions() {
        return lastReview().map(Review::conditions).orElse(evaluation.conditions());
    }
}
