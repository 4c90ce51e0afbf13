package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.port.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {

    static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
    private final InMemorySessionStore store = new InMemorySessionStore();

    static RefreshSession session(String hash, String family) {
        return new RefreshSession(hash, family, "u1", "site-a", T, T.plusSeconds(3600), Optional.empty(),
                Optional.empty());
    }

    @Test
    void create_refusesAHashStoredBefore() {
        store.create(session("h1", "f1"));

        assertThatThrownBy(() -> store.create(session("h1", "f2"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void markRotated_succeedsOnce_andNeverForUnknownOrRevokedTokens() {
        store.create(session("h1", "f1"));
        store.create(session("h2", "f2"));
        store.revokeFamily("f2", T);

        assertThat(store.markRotated("h1", T)).isTrue();
        assertThat(store.markRotated("h1", T)).isFalse();
        assertThat(store.markRotated("h2", T)).isFalse();
        assertThat(store.markRotated("nope", T)).isFalse();
        assertThat(store.findByTokenHash("h1").orElseThrow().rotatedAt()).contains(T);
    }

    @Test
    void markRotated_hasOneWinnerAmongConcurrentCallers() throws Exception {
        store.create(session("h1", "f1"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> store.markRotated("h1", T)));
        }
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
    }

    @Test
    void revokeFamily_revokesEveryTokenOfTheFamilyOnly() {
        store.create(session("h1", "f1"));
        store.create(session("h2", "f1"));
        store.create(session("h3", "f2"));

        store.revokeFamily("f1", T);

        assertThat(store.all()).filteredOn(s -> s.revokedAt().isPresent())
                .extracting(RefreshSession::tokenHash).containsExactly("h1", "h2");
    }
}
