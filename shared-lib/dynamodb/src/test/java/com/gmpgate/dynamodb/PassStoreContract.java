package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

abstract class PassStoreContract {

    DynamoDbPassStore store;
    DynamoDbClient client;
    String table;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        client = TestClients.dynamoDb(aws);
        table = aws.tableName("PassesTable");
        store = new DynamoDbPassStore(client, table);
    }

    @Test
    void theConditionsWords_asTheSubmissionsPackGaveThem_comeBackWithThePass() {
        Pass pass = TestData.pass(TestData.id(), TestData.NOW);
        store.create(pass);

        assertThat(store.findById(pass.id()).orElseThrow().conditions()).isEqualTo(pass.conditions())
                .extracting(c -> c.message().en()).containsExactly("A single-use glove over the impermeable cover");
    }

    @Test
    void aPassStoredWithItsCodesAlone_readsEachCodeAsItsOwnWords() {
        Pass pass = TestData.pass(TestData.id(), TestData.NOW);
        Map<String, AttributeValue> item = new HashMap<>(DynamoDbPassStore.SCHEMA.itemToMap(
                DynamoDbPassStore.toItem(pass), true));
        item.remove("conditions");
        client.putItem(b -> b.tableName(table).item(item));

        assertThat(store.findById(pass.id()).orElseThrow().conditions()).containsExactly(new Condition(
                "GLOVES_OVER_COVERED_WOUND", LocalizedText.of("GLOVES_OVER_COVERED_WOUND", "GLOVES_OVER_COVERED_WOUND")));
    }

    @Test
    void aWorkersPassesSince_includeRevokedOnes_oldestFirst_andNothingEarlier() {
        String worker = TestData.id();
        Pass yesterdays = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(30)));
        Pass morning = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(3)));
        Pass noon = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(1)));
        store.create(noon);
        store.create(yesterdays);
        store.create(morning);
        store.revoke(morning.id(), "superseded", TestData.NOW.minus(Duration.ofHours(1)));

        assertThat(store.issuedToWorkerSince(worker, TestData.NOW.minus(Duration.ofHours(24))))
                .extracting(Pass::id).containsExactly(morning.id(), noon.id());
        assertThat(store.issuedToWorkerSince(TestData.id(), TestData.NOW.minus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void theCurrentPass_isTheNewestThatIsNeitherExpiredNorRevoked() {
        String worker = TestData.id();
        Pass yesterdays = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(20)));
        Pass morning = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(3)));
        Pass noon = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(1)));
        store.create(yesterdays);
        store.create(morning);
        store.create(noon);

        assertThat(store.findCurrentForWorker(worker, TestData.NOW)).contains(noon);

        store.revoke(noon.id(), "FAIL_AFTER_PASS", TestData.NOW);
        assertThat(store.findCurrentForWorker(worker, TestData.NOW)).contains(morning);
        assertThat(store.findCurrentForWorker(worker, TestData.NOW.plus(Duration.ofHours(10)))).isEmpty();
        assertThat(store.findCurrentForWorker("nobody", TestData.NOW)).isEmpty();
    }

    @Test
    void revoke_keepsTheFirstRevocation_andIsEmptyForAnUnknownPass() {
        Pass pass = TestData.pass(TestData.id(), TestData.NOW);
        store.create(pass);

        Pass revoked = store.revoke(pass.id(), "ADMIN", TestData.NOW.plusSeconds(5)).orElseThrow();
        Pass again = store.revoke(pass.id(), "LATER", TestData.NOW.plusSeconds(50)).orElseThrow();

        assertThat(revoked.revokedAt()).contains(TestData.NOW.plusSeconds(5));
        assertThat(again.revokedReason()).contains("ADMIN");
        assertThat(store.findById(pass.id())).contains(again);
        assertThat(again.revokedAsOf(TestData.NOW)).isFalse();
        assertThat(store.revoke("unknown", "ADMIN", TestData.NOW)).isEmpty();
    }

    @Test
    void revokeAllOfWorker_revokesEveryValidPassOfThatWorker_andLeavesOthersAlone() {
        String worker = TestData.id();
        Pass expired = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(20)));
        Pass morning = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(3)));
        Pass noon = TestData.pass(worker, TestData.NOW.minus(Duration.ofHours(1)));
        Pass colleagues = TestData.pass(TestData.id(), TestData.NOW.minus(Duration.ofHours(1)));
        for (Pass pass : java.util.List.of(expired, morning, noon, colleagues)) {
            store.create(pass);
        }
        store.revoke(morning.id(), "ADMIN", TestData.NOW.minusSeconds(60));

        var revoked = store.revokeAllOfWorker(worker, "USER_DISABLED", TestData.NOW);

        assertThat(revoked).extracting(Pass::id).containsExactly(noon.id());
        assertThat(store.findById(noon.id()).orElseThrow().revokedReason()).contains("USER_DISABLED");
        assertThat(store.findById(morning.id()).orElseThrow().revokedReason()).contains("ADMIN");
        assertThat(store.findById(expired.id()).orElseThrow().revokedAt()).isEmpty();
        assertThat(store.findById(colleagues.id()).orElseThrow().revokedAt()).isEmpty();
        assertThat(store.findCurrentForWorker(worker, TestData.NOW)).isEmpty();
    }
}
