package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.Stored;
import com.gmpgate.testing.LocalAwsResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

abstract class SubmissionStoreContract {

    LocalAwsResources aws;
    DynamoDbSubmissionStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        this.aws = aws;
        store = new DynamoDbSubmissionStore(TestClients.dynamoDb(aws), aws.tableName("ChecklistsTable"), TestClients.CURSORS);
    }

    @Test
    void aCreatedSubmission_isFoundById_withItsWholeVerdictRecordAndAnswers() {
        Submission submission = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.CONDITIONAL_PASS);

        Stored<Submission> stored = store.create(submission);

        assertThat(stored).isEqualTo(new Stored<>(submission, true));
        assertThat(store.findById(submission.id())).contains(submission);
        assertThat(store.findById("unknown")).isEmpty();
    }

    @Test
    void theSameClientSubmissionIdWithTheSameContent_returnsTheFirstRecord_evenConcurrently() throws Exception {
        Submission first = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.PASS);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Stored<Submission>>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Submission attempt = i == 0 ? first : TestData.resent(first);
            sends.add(() -> store.create(attempt));
        }
        List<Stored<Submission>> results = new ArrayList<>();
        for (Future<Stored<Submission>> result : pool.invokeAll(sends)) {
            results.add(result.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(Stored::created).hasSize(1);
        String winner = results.stream().filter(Stored::created).findFirst().orElseThrow().value().id();
        assertThat(results).extracting(r -> r.value().id()).containsOnly(winner);
        assertThat(store.listByWorker(first.workerId(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void theSameClientSubmissionIdWithOtherContent_isAConflict() {
        Submission first = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.PASS);
        store.create(first);
        Submission resent = TestData.resent(first);
        Submission changed = new Submission(resent.id(), resent.siteId(), resent.workerId(), resent.clientSubmissionId(),
                "another-hash", resent.submittedAt(), resent.siteDate(), resent.photos(), resent.evaluation(),
                resent.verdict(), resent.reviews(), resent.passId(), resent.expiresAt(), resent.version());

        assertThatThrownBy(() -> store.create(changed)).isInstanceOf(IdempotencyConflictException.class);
        assertThat(store.findById(changed.id())).isEmpty();
    }

    @Test
    void update_recordsAReview_andRefusesAStaleVersion() {
        Submission pending = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.PENDING_REVIEW);
        store.create(pending);
        Submission reviewed = TestData.reviewed(pending, "pass-9");

        store.update(reviewed);

        assertThat(store.findById(pending.id())).contains(reviewed);
        assertThatThrownBy(() -> store.update(TestData.reviewed(pending, "pass-10")))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listings_byWorkerAndBySiteDay_areNewestFirst_filtered_andPagedWithSignedCursors() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        List<Submission> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Verdict verdict = i % 2 == 0 ? Verdict.PASS : Verdict.FAIL;
            Submission s = TestData.submission(site, worker, TestData.NOW.plusSeconds(60L * i), verdict);
            store.create(s);
            mine.add(s);
        }
        Submission colleague = TestData.submission(site, TestData.id(), TestData.NOW.plusSeconds(30), Verdict.FAIL);
        store.create(colleague);

        List<Submission> byWorker = drain(c -> store.listByWorker(worker, new PageRequest(c, 2)));
        assertThat(byWorker).extracting(Submission::id)
                .containsExactly(mine.get(4).id(), mine.get(3).id(), mine.get(2).id(), mine.get(1).id(), mine.get(0).id());

        List<Submission> failsOfTheDay = drain(c -> store.listBySiteDate(site, TestData.DAY, Optional.of(Verdict.FAIL),
                Optional.empty(), new PageRequest(c, 1)));
        assertThat(failsOfTheDay).extracting(Submission::id)
                .containsExactly(mine.get(3).id(), mine.get(1).id(), colleague.id());
        assertThat(failsOfTheDay.get(0).evaluation().answers()).isNotEmpty();

        List<Submission> workersDay = drain(c -> store.listBySiteDate(site, TestData.DAY, Optional.empty(),
                Optional.of(worker), new PageRequest(c, 3)));
        assertThat(workersDay).hasSize(5);
        assertThat(store.findByClientSubmissionId(worker, mine.get(2).clientSubmissionId())).map(Submission::id)
                .contains(mine.get(2).id());
        assertThat(store.findByClientSubmissionId(worker, mine.get(2).clientSubmissionId()).orElseThrow()
                .evaluation().answers()).isNotEmpty();
        assertThat(store.findByClientSubmissionId(colleague.workerId(), mine.get(2).clientSubmissionId())).isEmpty();
        assertThat(store.findByClientSubmissionId(worker, "never-sent")).isEmpty();

        String cursor = store.listByWorker(worker, PageRequest.first(1)).nextCursor().orElseThrow();
        assertThatThrownBy(() -> store.listByWorker(colleague.workerId(), new PageRequest(Optional.of(cursor), 1)))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void theVerdictRecordOutlivesTheRawAnswers_whoseItemExpiresOnItsOwn() {
        Submission submission = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.PASS);
        store.create(submission);
        // what DynamoDB's TTL does at submission.expiresAt(): the request item, with the answers, goes
        aws.dynamoDb().deleteItem(b -> b.tableName(aws.tableName("ChecklistsTable")).key(Map.of("pk",
                AttributeValue.fromS("REQ#" + submission.workerId() + "#" + submission.clientSubmissionId()))));

        Submission kept = store.findById(submission.id()).orElseThrow();

        assertThat(kept.evaluation().answers()).isEmpty();
        assertThat(kept.verdict()).isEqualTo(Verdict.PASS);
        assertThat(kept.evaluation().reasons()).isEqualTo(submission.evaluation().reasons());
        assertThat(kept.evaluation().assessments()).isEqualTo(submission.evaluation().assessments());
        assertThat(store.listByWorker(submission.workerId(), PageRequest.first(5)).items()).hasSize(1);
    }

    static <T> List<T> drain(java.util.function.Function<Optional<String>, Page<T>> list) {
        List<T> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<T> page = list.apply(cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
            if (++pages > 50) {
                throw new AssertionError("paging does not end");
            }
        } while (cursor.isPresent());
        return all;
    }
}
