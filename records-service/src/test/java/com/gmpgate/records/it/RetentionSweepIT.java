package com.gmpgate.records.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.CorsPolicy;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.ReviewDecision;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.localaws.TtlSweeper;
import com.gmpgate.records.application.DailySheet;
import com.gmpgate.records.application.VerdictReplay;
import com.gmpgate.records.api.RecordsWiring;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, split retention end to end on dynalite: a screening's raw answers are stored with the site's short answer
 * retention; once it has passed, the sweep that stands in for DynamoDB's TTL (local-api runs it every
 * GMP_TTL_SWEEP_SECONDS) deletes them from storage, while the verdict record and its reviewer's signature stay —
 * and the replay and the daily sheet then say the answers are gone. Without the sweep the answers are still stored
 * (what this test watched fail).
 */
@LocalAwsTest
class RetentionSweepIT {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String SITE = "site-" + UUID.randomUUID();
    static final Instant NINE = Instant.parse("2026-03-02T00:05:00Z");

    @Test
    void afterTheAnswerRetention_theSweepDeletesTheAnswers_andTheSignedVerdictRecordStays(LocalAwsResources aws) {
        DynamoDbSettings settings = DynamoDbSettings.of(Map.of(
                DynamoDbSettings.CHECKLISTS_TABLE, aws.tableName("ChecklistsTable"),
                DynamoDbSettings.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789",
                DynamoDbSettings.SITE_ANSWER_RETENTION_DAYS, SITE + "=1",
                DynamoDbSettings.RECORD_RETENTION_DAYS, "730"));
        DynamoDbStores stores = new DynamoDbStores(settings, aws.dynamoDb());
        // as SubmitChecklist stamps it: the site's own answer retention (one day here)
        Submission screened = screening(NINE.plus(settings.retention().answersAt(SITE)));
        stores.submissions().create(screened);
        Submission signed = signedApproval(screened);
        stores.submissions().update(signed);
        assertThat(stores.submissions().findById(signed.id()).orElseThrow().evaluation().answers())
                .containsKey("temperature");

        // two days on: past the site's one-day answer retention, far inside the record retention. Storage does not
        // expire anything by itself (dynalite has no TTL): without the sweep the answers would still be there
        Instant later = NINE.plus(Duration.ofDays(2));
        assertThat(stores.submissions().findById(signed.id()).orElseThrow().evaluation().answers()).isNotEmpty();
        int deleted = new TtlSweeper(aws.dynamoDb(), aws.template().tables(), aws::tableName).sweep(later);

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        Submission kept = stores.submissions().findById(signed.id()).orElseThrow();
        assertThat(kept.evaluation().answers()).as("the raw answers, deleted by the sweep").isEmpty();
        assertThat(kept.verdict()).isEqualTo(Verdict.PASS);
        assertThat(kept.evaluation().rulePackHash()).isEqualTo(signed.evaluation().rulePackHash());
        assertThat(SignedDecisions.statuses(kept)).containsExactly(SignedDecisions.Status.VALID);
        RecordsWiring records = RecordsWiring.of(new InMemoryAuditTrail(), stores.submissions(),
                new InMemoryUserStore(), new InMemoryPassStore(), new InMemoryAccessLogStore(), SEOUL,
                new MutableClock(later), CorsPolicy.none());
        VerdictReplay.Result replay = records.replay().replay(SITE, signed.id());
        assertThat(replay.outcome()).isEqualTo(VerdictReplay.Outcome.ANSWERS_EXPIRED);
        assertThat(replay.signatures()).containsExactly(SignedDecisions.Status.VALID);
        DailySheet sheet = records.sheets().sheet(SITE, LocalDate.ofInstant(NINE, SEOUL));
        assertThat(sheet.answersExpired()).isEqualTo(1);
    }

    static Submission screening(Instant answersExpireAt) {
        RulePack pack = RulePacks.shipped().defaultPack();
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("temperature", new BigDecimal("36.6"));
        answers.put("hand_wound", true);
        VerdictRecord record = new VerdictRecord(Verdict.PENDING_REVIEW, List.of(), List.of(), Optional.empty(),
                List.of(), pack.template().id(), pack.template().version(), pack.id(), pack.version(),
                pack.contentHash(), answers, List.of(), false, NINE);
        return new Submission(UUID.randomUUID().toString(), SITE, "w-" + UUID.randomUUID(),
                UUID.randomUUID().toString(), "h", NINE, LocalDate.ofInstant(NINE, SEOUL), List.of(), record,
                Verdict.PENDING_REVIEW, List.of(), Optional.empty(), answersExpireAt, 1);
    }

    static Submission signedApproval(Submission s) {
        Instant at = NINE.plusSeconds(600);
        Review review = new Review("a-1", at, ReviewDecision.APPROVE, List.of(), "확인", s.verdict(), Verdict.PASS);
        ElectronicSignature signature = ElectronicSignature.sign("a-1", "박관리", at,
                SignedDecisions.meaning(ReviewDecision.APPROVE, false), SignedDecisions.RECORD_TYPE,
                SignedDecisions.recordId(s, 0), SignedDecisions.recordHash(s, 0, review), Optional.empty());
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(),
                s.submittedAt(), s.siteDate(), s.photos(), s.evaluation(), Verdict.PASS,
                List.of(review.withSignature(signature)), s.passId(), s.expiresAt(), s.version() + 1);
    }
}
