package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.testing.LocalAwsResources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class QuotaStoreContract {

    static final Instant TOMORROW = Instant.parse("2026-03-03T15:00:00Z");

    DynamoDbQuotaStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbQuotaStore(TestClients.dynamoDb(aws), aws.tableName("QuotasTable"));
    }

    @Test
    void aQuota_givesExactlyItsLimit_thenRefuses_andQuotasAreIndependent() {
        String quota = "uploads#" + TestData.id() + "#2026-03-02";
        for (int i = 0; i < 3; i++) {
            assertThat(store.tryTake(quota, 3, TOMORROW)).isTrue();
        }
        assertThat(store.tryTake(quota, 3, TOMORROW)).isFalse();
        assertThat(store.tryTake(quota, 3, TOMORROW)).isFalse();
        // a raised limit gives more; another quota starts at nothing
        assertThat(store.tryTake(quota, 4, TOMORROW)).isTrue();
        assertThat(store.tryTake("uploads#" + TestData.id() + "#2026-03-02", 1, TOMORROW)).isTrue();
        assertThat(store.tryTake("uploads#" + TestData.id() + "#2026-03-02", 0, TOMORROW)).isFalse();
    }

    @Test
    void concurrentTakes_neverPassTheLimit() throws Exception {
        for (int round = 0; round < 20; round++) {
            String quota = "uploads#" + TestData.id() + "#2026-03-02";
            List<Boolean> taken = race(25, () -> store.tryTake(quota, 10, TOMORROW));

            assertThat(taken.stream().filter(Boolean::booleanValue).count()).as("round %d", round).isEqualTo(10);
        }
    }

    /** n threads held at a latch, then released at once. */
    private static List<Boolean> race(int n, java.util.concurrent.Callable<Boolean> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
