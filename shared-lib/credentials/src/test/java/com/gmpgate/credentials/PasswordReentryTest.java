package com.gmpgate.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemoryUserStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordReentryTest {

    static final Instant NOW = Instant.parse("2026-03-02T00:15:00Z");
    final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(new Argon2idPasswordHasher.Settings(64, 1, 1),
            new SecureRandom());
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    final PasswordReentry reentry = new PasswordReentry(users, hasher, new LoginThrottle(attempts));

    User stored(String id, UserStatus status) {
        User user = new User(id, "demo-site", "Admin-" + id, "관리자 " + id, "QA", Role.ADMIN, status,
                hasher.hash("right-password-1"), List.of(), Optional.empty(), NOW, NOW, 1);
        users.create(user);
        return user;
    }

    @Test
    void confirm_returnsTheSigner_whenThePasswordIsTheirs() {
        stored("a1", UserStatus.ACTIVE);

        assertThat(reentry.confirm("a1", "right-password-1", "10.0.0.1", NOW).displayName()).isEqualTo("관리자 a1");
    }

    @Test
    void confirm_refuses_aWrongPassword_anUnknownSigner_andADisabledOne() {
        stored("a1", UserStatus.ACTIVE);
        stored("a2", UserStatus.DISABLED);

        assertThatThrownBy(() -> reentry.confirm("a1", "wrong", "10.0.0.1", NOW))
                .isInstanceOf(PasswordMismatchException.class);
        assertThatThrownBy(() -> reentry.confirm("nobody", "right-password-1", "10.0.0.1", NOW))
                .isInstanceOf(PasswordMismatchException.class);
        assertThatThrownBy(() -> reentry.confirm("a2", "right-password-1", "10.0.0.1", NOW))
                .isInstanceOf(PasswordMismatchException.class);
    }

    @Test
    void wrongPasswords_lockTheSamePairALoginWouldBeLockedOn() {
        User user = stored("a1", UserStatus.ACTIVE);
        for (int i = 1; i < LoginThrottle.FAILURE_LIMIT; i++) {
            assertThatThrownBy(() -> reentry.confirm("a1", "wrong", "10.0.0.1", NOW))
                    .isInstanceOf(PasswordMismatchException.class);
        }
        assertThatThrownBy(() -> reentry.confirm("a1", "wrong", "10.0.0.1", NOW))
                .isInstanceOf(AccountLockedException.class);

        assertThatThrownBy(() -> reentry.confirm("a1", "right-password-1", "10.0.0.1", NOW))
                .isInstanceOf(AccountLockedException.class);
        // a login of the same account from the same address asks the same key (login ids normalise alike)
        assertThatThrownBy(() -> new LoginThrottle(attempts).requireNotLocked(
                LoginThrottle.account("admin-a1", Optional.of(user)), "10.0.0.1", NOW))
                .isInstanceOf(AccountLockedException.class);
        // another address is not locked out
        assertThat(reentry.confirm("a1", "right-password-1", "10.0.0.2", NOW).id()).isEqualTo("a1");
    }
}
