package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.fakes.Race;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Instant;
import java.util.List;
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
            List<Boolean> taken = Race.run(25, i -> () -> store.tryTake(quota, 10, TOMORROW));

            assertThat(taken.stream().filter(Boolean::booleanValue).count()).as("round %d", round).isEqualTo(10);
        }
    }
}
