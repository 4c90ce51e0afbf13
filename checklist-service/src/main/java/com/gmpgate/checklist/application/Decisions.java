package com.gmpgate.checklist.application;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.util.Optional;

/** What a submission's current decision is, whether the rule pack or a reviewer made it last. */
public final class Decisions {

    /** Shown when a supervisor rejected a screening the rule pack had left to them. */
    public static final LocalizedText REJECTED_RETURN_TO_WORK = LocalizedText.of(
            "관리자가 검토한 결과 오늘은 작업장에 들어갈 수 없습니다. 자세한 내용은 관리자(위생 책임자)에게 문의하세요.",
            "A supervisor reviewed your screening: you cannot enter the production area today. Ask your supervisor "
                    + "(the hygiene officer) for details.");

    private Decisions() {
    }

    /** When the current verdict was reached: the pass's issue time. */
    public static Instant decidedAt(Submission submission) {
        return submission.lastReview().map(Review::reviewedAt).orElse(submission.submittedAt());
    }

    /** On FAIL, when and how the worker may come back. */
    public static Optional<LocalizedText> returnToWork(Submission submission) {
        if (submission.verdict() != Verdict.FAIL) {
            return Optional.empty();
        }
        boolean rejected = submission.lastReview().filter(r -> r.decision() == ReviewDecision.REJECT).isPresent();
        if (rejected && submission.evaluation().verdict() != Verdict.FAIL) {
            return Optional.of(REJECTED_RETURN_TO_WORK);
        }
        return submission.evaluation().returnToWork();
    }
}
