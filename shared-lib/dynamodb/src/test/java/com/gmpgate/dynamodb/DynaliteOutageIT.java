package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.localaws.Dynalite;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StoreUnavailableException;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The database goes away in the middle of a call. Each test runs its own dynalite on disk, so stopping
 * and restarting it keeps the data and shows exactly what was written before it went.
 */
@LocalAwsTest
class DynaliteOutageIT {

    @TempDir
    Path dataDirectory;
    LocalAwsResources aws;
    Dynalite dynalite;

    @BeforeEach
    void startOwnDynalite(LocalAwsResources aws) {
        this.aws = aws;
        dynalite = aws.startPrivateDynalite(dataDirectory);
    }

    @AfterEach
    void stopOwnDynalite() {
        dynalite.close();
    }

    @Test
    void stoppingDynaliteBetweenTheRequestAndTheRecord_failsClearly_leavesNoSubmission_andARetryCompletesIt() {
        DynamoDbClient client = client(new StopAfter(dynalite,
                request -> request instanceof PutItemRequest put && put.item().get("pk").s().startsWith("REQ#")));
        DynamoDbSubmissionStore store = new DynamoDbSubmissionStore(client, aws.tableName("ChecklistsTable"),
                TestClients.CURSORS);
        Submission submission = TestData.submission("site-a", TestData.id(), TestData.NOW, Verdict.PASS);

        assertThatThrownBy(() -> store.create(submission))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("create submission")
                .hasMessageContaining("cannot be reached");
        assertThat(dynalite.isRunning()).isFalse();

        dynalite.start();
        assertThat(store.findById(submission.id())).isEmpty();
        assertThat(store.listByWorker(submission.workerId(), PageRequest.first(10)).items()).isEmpty();
        assertThat(store.listBySiteDate("site-a", TestData.DAY, Optional.empty(), Optional.empty(), PageRequest.first(10))
                .items()).isEmpty();

        assertThat(store.create(submission).created()).isTrue();
        assertThat(store.findById(submission.id())).contains(submission);
    }

    @Test
    void stoppingDynaliteBetweenTheLoginReservationAndTheUser_leavesNoUser_andTheSameCreateSucceedsLater() {
        DynamoDbClient client = client(new StopAfter(dynalite,
                request -> request instanceof PutItemRequest put && put.item().get("pk").s().startsWith("LOGIN#")));
        DynamoDbUserStore store = new DynamoDbUserStore(client, aws.tableName("UsersTable"), TestClients.CURSORS);
        User user = TestData.user("site-a", "outage-" + TestData.id());

        assertThatThrownBy(() -> store.create(user)).isInstanceOf(StoreUnavailableException.class);

        dynalite.start();
        assertThat(store.findById(user.id())).isEmpty();
        assertThat(store.findByLoginId(user.loginId())).isEmpty();
        store.create(user);
        assertThat(store.findByLoginId(user.loginId())).contains(user);
    }

    @Test
    void withDynaliteStopped_everyStoreFailsWithStoreUnavailable_andNothingIsWritten() {
        DynamoDbClient client = client();
        DynamoDbPresenceStore presence = new DynamoDbPresenceStore(client, aws.tableName("PresenceTable"));
        DynamoDbAccessLogStore log = new DynamoDbAccessLogStore(client, aws.tableName("AccessLogsTable"), TestClients.CURSORS);
        DynamoDbSessionStore sessions = new DynamoDbSessionStore(client, aws.tableName("SessionsTable"));
        dynalite.stop();

        assertThatThrownBy(() -> presence.enter("site-a", "w1", "gate-1", "pass-1", "scan-1", TestData.NOW))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> log.append(TestData.entry("site-a", "scan-1", "w1", TestData.NOW, "gate-1")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> sessions.findByTokenHash("any")).isInstanceOf(StoreUnavailableException.class);

        dynalite.start();
        assertThat(presence.find("site-a", "w1")).isEmpty();
        assertThat(log.findByScanId("site-a", "scan-1")).isEmpty();
    }

    private DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClients.create(DynamoDbSettings.of(Map.of(
                DynamoDbSettings.ENDPOINT, dynalite.endpoint().toString(),
                DynamoDbSettings.REGION, aws.endpoints().region())), interceptors);
    }

    /** Stops dynalite right after the first request that matches has succeeded. */
    private static final class StopAfter implements ExecutionInterceptor {
        private final Dynalite dynalite;
        private final Predicate<SdkRequest> trigger;
        private final AtomicBoolean fired = new AtomicBoolean();

        StopAfter(Dynalite dynalite, Predicate<SdkRequest> trigger) {
            this.dynalite = dynalite;
            this.trigger = trigger;
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
            if (trigger.test(context.request()) && fired.compareAndSet(false, true)) {
                dynalite.stop();
            }
        }
    }
}
