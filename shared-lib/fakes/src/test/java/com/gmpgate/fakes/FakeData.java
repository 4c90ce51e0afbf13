package com.gmpgate.fakes;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Reason;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Valid records for the fakes' tests; each test changes only what it is about. */
final class FakeData {

    static final Instant NOW = Instant.parse("2025-05-12T06:30:00.123456Z");
    static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    private FakeData() {
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static Submission submission(String siteId, String workerId, Instant at, Verdict verdict) {
        VerdictRecord evaluation = new VerdictRecord(verdict,
                List.of(new Reason("R1", LocalizedText.of("사유", "reason"), new Citation(CitationKind.SITE_POLICY, "x", true))),
                List.of(), Optional.empty(), List.of("R1"), "t", 1, "kr-food-haccp", "1.0.0", "hash",
                Map.of("vomiting", false), List.of(), false, at);
        return new Submission(id(), siteId, workerId, id(), "hash-" + id(), at, DAY, List.of(), evaluation, verdict,
                List.of(), Optional.empty(), at.plus(Duration.ofDays(30)), 1);
    }

    static Submission withId(Submission s, String id, String requestHash) {
        return new Submission(id, s.siteId(), s.workerId(), s.clientSubmissionId(), requestHash, s.submittedAt(),
                s.siteDate(), s.photos(), s.evaluation(), s.verdict(), s.reviews(), s.passId(), s.expiresAt(),
                s.version());
    }

    static Submission nextVersion(Submission s, Verdict verdict) {
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), verdict, s.reviews(), s.passId(),
                s.expiresAt(), s.version() + 1);
    }

    static Pass pass(String workerId, Instant issuedAt) {
        return new Pass(id(), "site-a", workerId, id(), Verdict.PASS, List.of(), List.of(), "a.b.c", issuedAt,
                issuedAt.plus(Duration.ofHours(12)), Optional.empty(), Optional.empty());
    }

    static Analysis analysis(String workerId, String imageKey, Instant createdAt) {
        return new Analysis(id(), "site-a", workerId, imageKey, AnalysisStatus.PENDING, Optional.empty(), "manual",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), createdAt,
                createdAt);
    }
}
