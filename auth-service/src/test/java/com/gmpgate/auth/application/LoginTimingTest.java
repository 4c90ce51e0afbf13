package com.gmpgate.auth.application;

import com.gmpgate.credentials.LoginThrottle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.credentials.PasswordHasher;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemorySessionStore;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.UserStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unknown login ids cost the same as wrong passwords (no timing oracle): one password-hash computation, the same
 * user-store calls and the same counter calls, in the same order. Counted, not timed.
 */
class LoginTimingTest {

    final AuthTestKit kit = new AuthTestKit();
    final List<String> work = new ArrayList<>();
    final PasswordHasher counting = new PasswordHasher() {
        @Override
        public String hash(String password) {
            work.add("hash");
            return kit.hasher.hash(password);
        }

        @Override
        public boolean verify(String password, String encodedHash) {
            work.add("hash");
            return kit.hasher.verify(password, encodedHash);
        }

        @Override
        public void verifyNothing(String password) {
            work.add("hash");
            kit.hasher.verifyNothing(password);
        }

        @Override
        public boolean needsRehash(String encodedHash) {
            return false;
        }
    };
    final UserStore users = new UserStore() {
        @Override
        public void create(User user) {
            work.add("users.create");
            kit.users.create(user);
        }

        @Override
        public Optional<User> findById(String userId) {
            work.add("users.findById");
            return kit.users.findById(userId);
        }

        @Override
        public Optional<User> findByLoginId(String loginId) {
            work.add("users.findByLoginId");
            return kit.users.findByLoginId(loginId);
        }

        @Override
        public void update(User user) {
            work.add("users.update");
            kit.users.update(user);
        }

        @Override
        public Page<User> listBySite(String siteId, PageRequest page) {
            work.add("users.list");
            return kit.users.listBySite(siteId, page);
        }
    };
    final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    final AttemptCounter counter = new AttemptCounter() {
        @Override
        public long increment(String key, Instant expiresAt) {
            work.add("counter.increment " + key.substring(0, key.indexOf('#')));
            return attempts.increment(key, expiresAt);
        }

        @Override
        public long count(String key) {
            work.add("counter.count " + key.substring(0, key.indexOf('#')));
            return attempts.count(key);
        }

        @Override
        public void reset(String key) {
            work.add("counter.reset");
            attempts.reset(key);
        }
    };
    final LoginService login = new LoginService(users, counting,
            new SessionIssuer(new InMemorySessionStore(), new AccessTokenIssuer(kit.keys), new RefreshTokens(kit.random)),
            new LoginThrottle(counter), kit.clock);

    @Test
    void anUnknownLoginId_doesTheSameWork_asAWrongPassword() {
        kit.user("kim", "Blue-gloves-77", Role.WORKER, "demo-site", "김");

        assertThatThrownBy(() -> login.login("nobody", "Blue-gloves-77", "198.51.100.7"))
                .isInstanceOf(InvalidCredentialsException.class);
        List<String> unknown = List.copyOf(work);
        work.clear();
        assertThatThrownBy(() -> login.login("kim", "wrong-password", "198.51.100.7"))
                .isInstanceOf(InvalidCredentialsException.class);
        List<String> wrong = List.copyOf(work);

        assertThat(unknown).isEqualTo(wrong).containsOnlyOnce("hash").doesNotContain("users.update");
        assertThat(unknown).containsSubsequence("counter.increment login-address", "users.findByLoginId",
                "counter.count login-failures", "hash", "counter.increment login-failures");
    }
}
