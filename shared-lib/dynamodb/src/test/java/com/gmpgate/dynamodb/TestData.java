package com.gmpgate.dynamodb;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.domain.verdict.AssessmentSource;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.PhotoAssessment;
import com.gmpgate.domain.verdict.Reason;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.domain.verdict.WoundAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builders of valid domain records; a test changes only what it is about. */
final class TestData {

    static final Instant NOW = Instant.parse("2025-05-12T06:30:00.123456Z");

    private TestData() {
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static User user(String siteId, String loginId) {
        return new User(id(), siteId, loginId, "작업자 " + loginId, "생산1팀", Role.WORKER, UserStatus.ACTIVE,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", List.of(), Optional.empty(), NOW, NOW, 1);
    }

    static User nextVersion(User user, String displayName) {
        return new User(user.id(), user.siteId(), user.loginId(), displayName, user.department(), user.role(),
                user.status(), user.passwordHash(), List.of(NOW.plusSeconds(5)), Optional.of(NOW.plusSeconds(900)),
                user.createdAt(), NOW.plusSeconds(10), user.version() + 1);
    }

    static User renamed(User user, String loginId) {
        return new User(user.id(), user.siteId(), loginId, user.displayName(), user.department(), user.role(),
                user.status(), user.passwordHash(), user.recentFailedLogins(), user.lockedUntil(),
                user.createdAt(), NOW.plusSeconds(10), user.version() + 1);
    }

    static RefreshSession session(String familyId) {
        return new RefreshSession(id(), familyId, id(), "site-a", NOW, NOW.plus(Duration.ofDays(14)),
                Optional.empty(), Optional.empty());
    }

    static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    static WoundAssessment wound() {
        return new WoundAssessment(true, Optional.empty(), true, WoundAssessment.WoundType.CUT,
                WoundAssessment.BodyLocation.FINGER, WoundAssessment.Severity.MINOR, false, false, true,
                WoundAssessment.CoverType.WATERPROOF_DRESSING, 0.87, "검지에 작은 베인 상처, 방수 밴드로 덮임");
    }

    static VerdictRecord evaluation(Verdict verdict) {
        return new VerdictRecord(verdict,
                List.of(new Reason("hand_wound_covered", LocalizedText.of("손 상처: 방수 덮개와 장갑", "Hand wound: cover and glove"),
                        new Citation(CitationKind.LAW, "식품위생법 시행규칙 제50조", true))),
                List.of(new Condition("GLOVES_OVER_COVERED_WOUND", LocalizedText.of("장갑 착용", "Wear gloves"))),
                Optional.of(LocalizedText.of("24시간 무증상 후", "after 24 h symptom-free")),
                List.of("hand_wound_covered"), "kr-food-haccp-default", 3, "kr-food-haccp", "2025.1",
                "sha256-abc", Map.of("temperature", new BigDecimal("36.6"), "hand_wound", true, "vomiting", false),
                List.of(new PhotoAssessment("hand_wound_photo", "uploads/a.jpg", AssessmentSource.MODEL,
                        Optional.of("us.anthropic.claude-haiku-4-5"), wound())),
                false, NOW);
    }

    static Submission submission(String siteId, String workerId, Instant submittedAt, Verdict verdict) {
        return new Submission(id(), siteId, workerId, id(), "hash-" + id(), submittedAt, DAY,
                List.of(new PhotoRef("hand_wound_photo", "uploads/a.jpg")), evaluation(verdict), verdict, List.of(),
                Optional.empty(), submittedAt.plus(Duration.ofDays(30)), 1);
    }

    /** The same request sent again: same client id and hash, but the service made a new id for it. */
    static Submission resent(Submission first) {
        return new Submission(id(), first.siteId(), first.workerId(), first.clientSubmissionId(), first.requestHash(),
                first.submittedAt().plusSeconds(2), first.siteDate(), first.photos(), first.evaluation(), first.verdict(),
                List.of(), Optional.empty(), first.expiresAt(), 1);
    }

    static Submission reviewed(Submission s, String passId) {
        Review review = new Review("admin-1", NOW.plusSeconds(600), ReviewDecision.APPROVE_WITH_CONDITIONS,
                List.of(new Condition("ZONE_RESTRICTED", LocalizedText.of("포장 구역만", "Packing zone only"))),
                "상처 확인함", s.verdict(), Verdict.CONDITIONAL_PASS);
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(), s.submittedAt(),
                s.siteDate(), s.photos(), s.evaluation(), Verdict.CONDITIONAL_PASS, List.of(review), Optional.of(passId),
                s.expiresAt(), s.version() + 1);
    }

    static AccessLogEntry entry(String siteId, String scanId, String workerId, Instant at, String gateId) {
        return new AccessLogEntry(id(), siteId, scanId, at, DAY, Optional.of(workerId), Optional.of("김작업"), gateId,
                Direction.IN, GateResult.ACCEPTED, Optional.empty(), Optional.of("pass-" + workerId), "guard-1", false, at);
    }

    static AccessLogEntry rejected(String siteId, String scanId, Instant at) {
        return new AccessLogEntry(id(), siteId, scanId, at, DAY, Optional.empty(), Optional.empty(), "gate-1",
                Direction.IN, GateResult.REJECTED, Optional.of(GateRejection.MALFORMED), Optional.empty(), "guard-1",
                true, at.plusSeconds(90));
    }

    static Pass pass(String workerId, Instant issuedAt) {
        return new Pass(id(), "site-a", workerId, id(), Verdict.CONDITIONAL_PASS, List.of(new Condition("GLOVES_OVER_COVERED_WOUND",
                        LocalizedText.of("방수 커버 위에 일회용 장갑", "A single-use glove over the impermeable cover"))),
                List.of("packing"), "eyJhbGciOiJFUzI1NiJ9.e30.sig", issuedAt, issuedAt.plus(Duration.ofHours(12)),
                Optional.empty(), Optional.empty());
    }

    static Analysis analysis(String workerId, String imageKey, Instant createdAt) {
        return new Analysis(id(), "site-a", workerId, imageKey, AnalysisStatus.PENDING, Optional.empty(), "bedrock",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), createdAt,
                createdAt);
    }

    static Analysis completed(Analysis a) {
        return new Analysis(a.id(), a.siteId(), a.workerId(), a.imageKey(), AnalysisStatus.COMPLETED, Optional.of(wound()),
                a.provider(), Optional.of("us.anthropic.claude-haiku-4-5"), Optional.of(1830L), Optional.of(1650),
                Optional.of(212), Optional.empty(), a.createdAt(), a.createdAt().plusSeconds(2));
    }
}
