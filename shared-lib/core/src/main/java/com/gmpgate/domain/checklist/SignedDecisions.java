package com.gmpgate.domain.checklist;

import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reviewer's signature binds on a submission: the decided record as it is kept for the record retention —
 * who was screened, when, with which template and rule pack (by hash), what fired, the verdict and conditions, and
 * the decision itself (decision, conditions, note, verdict before and after). Not the raw answers: they expire long
 * before the record does, and a signature must still verify after they are gone.
 */
public final class SignedDecisions {

    /** {@link ElectronicSignature#recordType()} of a decision on a submission. */
    public static final String RECORD_TYPE = "SUBMISSION_REVIEW";

    /** Whether a decision's signature holds. */
    public enum Status { VALID, TAMPERED, UNSIGNED }

    private SignedDecisions() {
    }

    public static SignatureMeaning meaning(ReviewDecision decision, boolean reinstatement) {
        if (reinstatement && decision != ReviewDecision.REJECT) {
            return SignatureMeaning.REINSTATEMENT;
        }
        return switch (decision) {
            case APPROVE -> SignatureMeaning.APPROVAL;
            case APPROVE_WITH_CONDITIONS -> SignatureMeaning.APPROVAL_WITH_CONDITIONS;
            case REJECT -> SignatureMeaning.REJECTION;
        };
    }

    /** The record id a review's signature names: the submission and the review's place among its reviews. */
    public static String recordId(Submission submission, int reviewIndex) {
        return submission.id() + "#review-" + reviewIndex;
    }

    /** SHA-256 of the signed content of {@code review}, the {@code reviewIndex}-th of {@code submission}. */
    public static String recordHash(Submission submission, int reviewIndex, Review review) {
        VerdictRecord e = submission.evaluation();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("submissionId", submission.id());
        content.put("siteId", submission.siteId());
        content.put("workerId", submission.workerId());
        content.put("submittedAt", submission.submittedAt().toString());
        content.put("siteDate", submission.siteDate().toString());
        content.put("templateId", e.templateId());
        content.put("templateVersion", e.templateVersion());
        content.put("rulePackId", e.rulePackId());
        content.put("rulePackVersion", e.rulePackVersion());
        content.put("rulePackHash", e.rulePackHash());
        content.put("firedRuleIds", e.firedRuleIds());
        content.put("evaluatedVerdict", e.verdict().name());
        content.put("evaluatedConditions", e.conditionCodes());
        content.put("lockedOut", e.lockedOut());
        content.put("reviewIndex", reviewIndex);
        content.put("reviewerId", review.reviewerId());
        content.put("reviewedAt", review.reviewedAt().toString());
        content.put("decision", review.decision().name());
        content.put("conditions", review.conditions().stream().map(Condition::code).toList());
        content.put("note", review.note());
        content.put("previousVerdict", review.previousVerdict().name());
        content.put("resultingVerdict", review.resultingVerdict().name());
        return ElectronicSignature.recordHash(content);
    }

    /**
     * Whether the {@code reviewIndex}-th review of {@code submission} is signed, and the signature still holds. The
     * first review is the decision; every later one is a correction, whose signature must name the one before it
     * ({@code corrects}: the chain of corrections cannot be reordered, nor a review slipped in between, unseen).
     */
    public static Status status(Submission submission, int reviewIndex) {
        Review review = submission.reviews().get(reviewIndex);
        return review.signature()
                .map(s -> s.verifies(recordHash(submission, reviewIndex, review))
                        && s.recordId().equals(recordId(submission, reviewIndex))
                        && s.signerId().equals(review.reviewerId())
                        && s.signedAt().equals(review.reviewedAt())
                        && s.corrects().equals(corrected(submission, reviewIndex))
                        && (s.meaning() == SignatureMeaning.CORRECTION) == (reviewIndex > 0)
                        ? Status.VALID : Status.TAMPERED)
                .orElse(Status.UNSIGNED);
    }

    /** The hash a correction at {@code reviewIndex} must name: the signature of the review before it. */
    private static Optional<String> corrected(Submission submission, int reviewIndex) {
        if (reviewIndex == 0) {
            return Optional.empty();
        }
        return submission.reviews().get(reviewIndex - 1).signature().map(ElectronicSignature::hash)
                .or(() -> Optional.of("(the review before is unsigned)"));
    }

    /** The statuses of every review, oldest first. */
    public static List<Status> statuses(Submission submission) {
        return java.util.stream.IntStream.range(0, submission.reviews().size())
                .mapToObj(i -> status(submission, i)).toList();
    }
}
