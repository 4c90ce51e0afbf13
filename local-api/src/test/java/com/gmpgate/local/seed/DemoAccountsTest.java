package com.gmpgate.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.MutableClock;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    final InMemoryUserStore users = new InMemoryUserStore();
    /** The settings' cost does not matter here; the hash format and the check are AuthFunction's. */
    final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP,
            new SecureRandom());
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"));

    @Test
    void seed_createsTheDesignsDemoAccounts_once_withPasswordsAuthFunctionAccepts() {
        List<String> first = DemoAccounts.seed(users, hasher, "admin1234!", clock);
        List<String> again = DemoAccounts.seed(users, hasher, "admin1234!", clock);

        assertThat(first).containsExactly(
                "admin / admin1234! (ADMIN, demo-site, 관리자)",
                "worker1 / worker1234! (WORKER, demo-site, 김위생)",
                "worker2 / worker1234! (WORKER, demo-site, 이청결)");
        assertThat(again).allSatisfy(line -> assertThat(line).endsWith("— exists"));
        assertThat(users.all()).extracting(User::siteId).containsOnly("demo-site");
        assertThat(users.all()).extracting(User::status).containsOnly(UserStatus.ACTIVE);
        for (String[] account : new String[][] {{"admin", "admin1234!"}, {"worker1", "worker1234!"},
                {"worker2", "worker1234!"}}) {
            User user = users.findByLoginId(account[0]).orElseThrow();
            assertThat(hasher.verify(account[1], user.passwordHash())).as(account[0]).isTrue();
        }
    }
}
