package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.testing.LocalAwsResources;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class SessionStoreContract {

    DynamoDbSessionStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbSessionStore(TestClients.dynamoDb(aws), aws.tableName("SessionsTable"));
    }

    @Test
    void aCreatedSession_isFoundByItsTokenHash_andIsUsable() {
        RefreshSession session = TestData.session(TestData.id());

        store.create(session);

        assertThat(store.findByTokenHash(session.tokenHash())).contains(session);
        assertThat(store.findByTokenHash(session.tokenHash()).orElseThrow().usableAt(TestData.NOW)).isTrue();
        assertThat(store.findByTokenHash("unknown")).isEmpty();
    }

    @Test
    void markRotated_succeedsOnce_soOfConcurrentRefreshesExactlyOneWins() throws Exception {
        RefreshSession session = TestData.session(TestData.id());
        store.create(session);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> refreshes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            refreshes.add(() -> store.markRotated(session.tokenHash(), TestData.NOW.plusSeconds(60)));
        }
        int winners = 0;
        for (Future<Boolean> result : pool.invokeAll(refreshes)) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        RefreshSession rotated = store.findByTokenHash(session.tokenHash()).orElseThrow();
        assertThat(rotated.rotatedAt()).contains(TestData.NOW.plusSeconds(60));
        assertThat(rotated.usableAt(TestData.NOW.plusSeconds(61))).isFalse();
        assertThat(store.markRotated("unknown", TestData.NOW)).isFalse();
    }

    @Test
    void revokeFamily_revokesEveryTokenOfTheFamily_includingOnesIssuedAfterwards_andNoOther() {
        String family = TestData.id();
        RefreshSession first = TestData.session(family);
        RefreshSession other = TestData.session(TestData.id());
        store.create(first);
        store.create(other);

        store.revokeFamily(family, TestData.NOW.plusSeconds(30));
        store.revokeFamily(family, TestData.NOW.plusSeconds(99));
        RefreshSession issuedLate = TestData.session(family);
        store.create(issuedLate);

        assertThat(store.findByTokenHash(first.tokenHash()).orElseThrow().revokedAt()).contains(TestData.NOW.plusSeconds(30));
        assertThat(store.findByTokenHash(issuedLate.tokenHash()).orElseThrow().usableAt(TestData.NOW)).isFalse();
        assertThat(store.findByTokenHash(other.tokenHash()).orElseThrow().usableAt(TestData.NOW)).isTrue();
    }
}
