package com.gmpgate.domain.verdict;

import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.Submission;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test data: stored submissions as the lockout reads them. */
final class Submissions {
    private Submissions() {
    }

    static Submission evaluated(Instant at, VerdictRecord evaluation) {
        return new Submission("s-" + at.toEpochMilli(), "demo-site", "w-1", "c-" + at.toEpochMilli(), "h", at,
                LocalDate.of(2025, 3, 10), List.of(), evaluation, evaluation.verdict(), List.of(),
                Optional.empty(), at.plus(Duration.ofDays(30)), 1);
    }

    static Submission reviewed(Submission s, ReviewDecision decision, Verdict resulting) {
        Review review = new Review("admin-1", s.submittedAt().plusSeconds(600), decision, List.of(), "확인함",
                s.verdict(), resulting);
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), resulting, List.of(review),
                s.passId(), s.expiresAt(), s.version() + 1);
    }
}
