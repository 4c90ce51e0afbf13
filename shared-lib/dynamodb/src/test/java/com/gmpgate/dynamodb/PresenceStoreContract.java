package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.gate.Presence;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.testing.LocalAwsResources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class PresenceStoreContract {

    DynamoDbPresenceStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbPresenceStore(TestClients.dynamoDb(aws), aws.tableName("PresenceTable"));
    }

    @Test
    void twentyParallelInScansForOneWorker_letExactlyOneIn() throws Exception {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> scans = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String gate = "gate-" + i;
            scans.add(() -> {
                start.await();
                try {
                    store.enter(site, worker, gate, "pass-1", TestData.NOW);
                    return "IN";
                } catch (PresenceConflictException e) {
                    return e.alreadyInside() ? "ALREADY_INSIDE" : "NOT_INSIDE";
                }
            });
        }
        List<Future<String>> results = new ArrayList<>();
        for (Callable<String> scan : scans) {
            results.add(pool.submit(scan));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("IN"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("ALREADY_INSIDE"::equals).hasSize(attempts - 1);
        assertThat(store.listInside(site)).extracting(Presence::workerId).containsExactly(worker);
    }

    @Test
    void out_endsThePresence_andASecondOutIsRefusedAsNotInside() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        Presence entered = store.enter(site, worker, "gate-a", "pass-1", TestData.NOW);

        Presence ended = store.exit(site, worker, "gate-b", TestData.NOW.plusSeconds(3600));

        assertThat(ended).isEqualTo(entered);
        assertThat(ended).isEqualTo(new Presence(site, worker, TestData.NOW, "gate-a", "pass-1"));
        assertThat(store.find(site, worker)).isEmpty();
        assertThat(store.listInside(site)).isEmpty();
        assertThatThrownBy(() -> store.exit(site, worker, "gate-b", TestData.NOW.plusSeconds(3700)))
                .isInstanceOfSatisfying(PresenceConflictException.class, e -> assertThat(e.alreadyInside()).isFalse());
    }

    @Test
    void out_isRefused_forAWorkerWhoNeverCameIn_andInWorksAgainAfterOut() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();

        assertThatThrownBy(() -> store.exit(site, worker, "gate-a", TestData.NOW))
                .isInstanceOf(PresenceConflictException.class);

        store.enter(site, worker, "gate-a", "pass-1", TestData.NOW);
        store.exit(site, worker, "gate-a", TestData.NOW.plusSeconds(60));
        Presence again = store.enter(site, worker, "gate-c", "pass-2", TestData.NOW.plusSeconds(120));

        assertThat(store.find(site, worker)).contains(again);
        assertThat(store.find("another-site", worker)).isEmpty();
    }
}
