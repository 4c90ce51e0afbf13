package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.port.ConflictException;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AnalysisStoreContract {

    DynamoDbAnalysisStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbAnalysisStore(TestClients.dynamoDb(aws), aws.tableName("AnalysesTable"));
    }

    @Test
    void anAnalysis_isCreatedPending_thenCompletedWithItsAssessment_andTheNewestPerImageIsFound() {
        String image = "uploads/" + TestData.id() + ".jpg";
        Analysis older = TestData.analysis("w1", image, TestData.NOW);
        Analysis newer = TestData.analysis("w1", image, TestData.NOW.plusSeconds(30));
        store.create(older);
        store.create(newer);

        Analysis done = TestData.completed(newer);
        store.update(done);

        assertThat(store.findById(newer.id())).contains(done);
        assertThat(store.findById(older.id())).contains(older);
        assertThat(store.findLatestByImageKey(image)).contains(done);
        assertThat(store.findLatestByImageKey("uploads/none.jpg")).isEmpty();
        assertThatThrownBy(() -> store.create(older)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.update(TestData.analysis("w1", image, TestData.NOW)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theDailyCap_countsAWorkersAnalysesOfOneSeoulDay() {
        String worker = TestData.id();
        // 2025-05-12 in Seoul runs from 2025-05-11T15:00Z to 2025-05-12T15:00Z
        Instant seoulMorning = Instant.parse("2025-05-11T23:00:00Z");
        for (int i = 0; i < 3; i++) {
            store.create(TestData.analysis(worker, "uploads/" + TestData.id(), seoulMorning.plus(Duration.ofHours(i))));
        }
        store.create(TestData.analysis(worker, "uploads/" + TestData.id(), Instant.parse("2025-05-12T15:30:00Z")));
        store.create(TestData.analysis("other", "uploads/" + TestData.id(), seoulMorning));

        assertThat(store.countByWorkerOnDate(worker, TestData.DAY)).isEqualTo(3);
        assertThat(store.countByWorkerOnDate(worker, TestData.DAY.plusDays(1))).isEqualTo(1);
        assertThat(store.countByWorkerOnDate(worker, TestData.DAY.minusDays(1))).isZero();
    }
}
