package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.testing.LocalAwsResources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AttemptCounterContract {

    DynamoDbAttemptCounter counter;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        counter = new DynamoDbAttemptCounter(TestClients.dynamoDb(aws), aws.tableName("SessionsTable"));
    }

    @Test
    void concurrentIncrements_allCount_eachSeeingItsOwnNumber() throws Exception {
        String key = "login-address#" + TestData.id();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> counter.increment(key, TestData.NOW.plusSeconds(300)));
            }
            List<Long> seen = new ArrayList<>();
            for (Future<Long> result : pool.invokeAll(calls)) {
                seen.add(result.get());
            }

            assertThat(seen).doesNotHaveDuplicates().hasSize(40).allMatch(n -> n >= 1 && n <= 40);
            assertThat(counter.count(key)).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCounter_isZeroUntilCounted_andAfterItIsReset() {
        String key = "login-failures#" + TestData.id();
        assertThat(counter.count(key)).isZero();

        counter.increment(key, TestData.NOW.plusSeconds(900));
        counter.increment(key, TestData.NOW.plusSeconds(900));
        assertThat(counter.count(key)).isEqualTo(2);

        counter.reset(key);
        assertThat(counter.count(key)).isZero();
    }
}
