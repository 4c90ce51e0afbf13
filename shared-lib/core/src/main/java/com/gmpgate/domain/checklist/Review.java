package com.gmpgate.domain.checklist;

import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's decision on a PENDING_REVIEW (or locked-out) submission: the audit record of who,
 * when and why, and the verdict it resulted in, signed by the reviewer ({@link SignedDecisions}).
 */
public record Review(
        String reviewerId,
        Instant reviewedAt,
        ReviewDecision decision,
        List<Condition> conditions,
        String note,
        Verdict previousVerdict,
        Verdict resultingVerdict,
        Optional<ElectronicSignature> signature) {

    public Review {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(decision, "decision");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(previousVerdict, "previousVerdict");
        Objects.requireNonNull(resultingVerdict, "resultingVerdict");
        Objects.requireNonNull(signature, "signature");
    }

    /** A decision recorded before decisions were signed (or in a test that does not sign). */
    public Review(String reviewerId, Instant reviewedAt, ReviewDecision decision, List<Condition> conditions,
                  String note, Verdict previousVerdict, Verdict resultingVerdict) {
        this(reviewerId, reviewedAt, decision, conditions, note, previousVerdict, resultingVerdict, Optional.empty());
    }

    public Review withSignature(ElectronicSignature signed) {
        return new Review(reviewerId, reviewedAt, decision, conditions, note, previousVerdict, resultingVerdict,
                Optional.of(signed));
    }
}
