package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.StoreUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryUserStoreTest {

    static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
    private final InMemoryUserStore store = new InMemoryUserStore();

    static User user(String id, String site, String loginId) {
        return new User(id, site, loginId, "김" + id, "포장", Role.WORKER, UserStatus.ACTIVE, "$argon2id$x",
                List.of(), Optional.empty(), T, T, 1);
    }

    @Test
    void create_refusesALoginIdTakenOnAnySite_ignoringCase() {
        store.create(user("u1", "site-a", "kim"));

        assertThatThrownBy(() -> store.create(user("u2", "site-b", " KIM ")))
                .isInstanceOf(LoginIdTakenException.class);
        assertThat(store.findByLoginId("Kim")).map(User::id).contains("u1");
    }

    @Test
    void create_letsExactlyOneOfConcurrentCreatorsOfALoginIdWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String id = "u" + i;
            results.add(pool.submit(() -> {
                try {
                    store.create(user(id, "site-a", "park"));
                    return true;
                } catch (LoginIdTakenException e) {
                    return false;
                }
            }));
        }
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);

        assertThat(winners).isEqualTo(1);
    }

    @Test
    void update_needsTheNextVersion() {
        User v1 = user("u1", "site-a", "kim");
        store.create(v1);
        User v2 = new User("u1", "site-a", "kim", "김철수", "품질", Role.ADMIN, UserStatus.ACTIVE, "$argon2id$x",
                List.of(), Optional.empty(), T, T, 2);

        store.update(v2);

        assertThat(store.findById("u1")).contains(v2);
        assertThatThrownBy(() -> store.update(v2)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.update(user("nobody", "site-a", "x"))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listBySite_pagesThroughOneSiteOnly_inLoginIdOrder() {
        for (int i = 0; i < 5; i++) {
            store.create(user("a" + i, "site-a", "worker" + i));
            store.create(user("b" + i, "site-b", "other" + i));
        }

        Page<User> first = store.listBySite("site-a", PageRequest.first(2));
        Page<User> second = store.listBySite("site-a", new PageRequest(first.nextCursor(), 2));
        Page<User> third = store.listBySite("site-a", new PageRequest(second.nextCursor(), 2));

        assertThat(first.items()).extracting(User::loginId).containsExactly("worker0", "worker1");
        assertThat(second.items()).extracting(User::loginId).containsExactly("worker2", "worker3");
        assertThat(third.items()).extracting(User::loginId).containsExactly("worker4");
        assertThat(third.nextCursor()).isEmpty();
    }

    @Test
    void listBySite_refusesForgedCursors_andCursorsOfAnotherSite() {
        for (int i = 0; i < 3; i++) {
            store.create(user("a" + i, "site-a", "worker" + i));
        }
        String cursor = store.listBySite("site-a", PageRequest.first(1)).nextCursor().orElseThrow();

        assertThatThrownBy(() -> store.listBySite("site-b", new PageRequest(Optional.of(cursor), 1)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.listBySite("site-a", new PageRequest(Optional.of("x" + cursor), 1)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.listBySite("site-a", new PageRequest(Optional.of("%%"), 1)))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void simulateOutage_failsEveryCallAsAnUnreachableStore() {
        store.simulateOutage(true);

        assertThatThrownBy(() -> store.findById("u1")).isInstanceOf(StoreUnavailableException.class);
    }
}
