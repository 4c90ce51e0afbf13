package com.gmpgate.domain.checklist;

import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor's decision on a PENDING_REVIEW (or locked-out) submission: the audit record of who,
 * when and why, and the verdict it resulted in.
 */
public record Review(
        String reviewerId,
        Instant reviewedAt,
        ReviewDecision decision,
        List<Condition> conditions,
        String note,
        Verdict previousVerdict,
        Verdict resultingVerdict) {

    public Review {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(decision, "decision");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(previousVerdict, "previousVerdict");
        Objects.requireNonNull(resultingVerdict, "resultingVerdict");
    }
}
