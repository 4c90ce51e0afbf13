package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.fakes.Race;
import com.gmpgate.testing.LocalAwsResources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class WorkerDayStoreContract {

    DynamoDbWorkerDayStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbWorkerDayStore(TestClients.dynamoDb(aws), aws.tableName("WorkerDaysTable"));
    }

    @Test
    void aSavedDay_readsBackWhole() {
        String worker = TestData.id();
        WorkerDay empty = WorkerDay.empty("site-a", worker, TestData.DAY);
        Submission pass = withPass(TestData.submission("site-a", worker, TestData.NOW, Verdict.PASS));
        Submission fail = TestData.submission("site-a", worker, TestData.NOW.plusSeconds(60), Verdict.FAIL);
        WorkerDay day = empty.recordSubmission(pass, TestData.NOW).recordSubmission(fail, TestData.NOW.plusSeconds(61));
        WorkerDay first = empty.recordSubmission(pass, TestData.NOW);

        store.save(first);
        store.save(day);

        assertThat(store.find(worker, TestData.DAY)).contains(day);
        assertThat(store.find(worker, TestData.DAY.plusDays(1))).isEmpty();
        assertThat(day.lockedOut()).isTrue();
        assertThat(day.voidedAt(pass.passId().orElseThrow())).contains(TestData.NOW.plusSeconds(61));
    }

    private static Submission withPass(Submission s) {
        return new Submission(s.id(), s.siteId(), s.workerId(), s.clientSubmissionId(), s.requestHash(), s.submittedAt(),
                s.siteDate(), s.photos(), s.evaluation(), s.verdict(), s.reviews(), Optional.of("pass-" + TestData.id()),
                s.expiresAt(), s.version());
    }

    @Test
    void aSave_fromAnOlderVersion_isStale_andTheFirstSaveOfADayIsStaleWhenOneExists() {
        String worker = TestData.id();
        WorkerDay empty = WorkerDay.empty("site-a", worker, TestData.DAY);
        WorkerDay a = empty.recordSubmission(TestData.submission("site-a", worker, TestData.NOW, Verdict.PASS),
                TestData.NOW);
        WorkerDay b = empty.recordSubmission(TestData.submission("site-a", worker, TestData.NOW, Verdict.FAIL),
                TestData.NOW);
        store.save(a);

        assertThatThrownBy(() -> store.save(b)).isInstanceOf(StaleVersionException.class);
        WorkerDay next = a.recordSubmission(TestData.submission("site-a", worker, TestData.NOW, Verdict.FAIL),
                TestData.NOW);
        store.save(next);
        assertThatThrownBy(() -> store.save(next)).isInstanceOf(StaleVersionException.class);
        assertThat(store.find(worker, TestData.DAY)).contains(next);
    }

    @Test
    void twentySavesFromTheSameRead_landExactlyOnce() throws Exception {
        String worker = TestData.id();
        WorkerDay empty = WorkerDay.empty("site-a", worker, TestData.DAY);
        int writers = 20;
        List<Boolean> results = Race.run(writers, i -> () -> {
            Verdict verdict = i % 2 == 0 ? Verdict.PASS : Verdict.FAIL;
            try {
                store.save(empty.recordSubmission(TestData.submission("site-a", worker, TestData.NOW, verdict),
                        TestData.NOW));
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });
        long landed = results.stream().filter(Boolean::booleanValue).count();

        assertThat(landed).isEqualTo(1);
        assertThat(store.find(worker, TestData.DAY).orElseThrow().version()).isEqualTo(1);
    }
}
