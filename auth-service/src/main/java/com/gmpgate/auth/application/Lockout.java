package com.gmpgate.auth.application;

import com.gmpgate.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Five failed logins within 15 minutes lock the account for 15 minutes. Pure functions of the user record. */
public final class Lockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private Lockout() {
    }

    public static boolean isLocked(User user, Instant now) {
        return user.lockedUntil().filter(now::isBefore).isPresent();
    }

    /**
     * The user after one more failed login at {@code now}: failures older than the window are forgotten; the
     * fifth within it locks the account and starts the count afresh for after the lock.
     */
    public static User afterFailure(User user, Instant now) {
        List<Instant> recent = new ArrayList<>();
        for (Instant failure : user.recentFailedLogins()) {
            if (failure.isAfter(now.minus(WINDOW))) {
                recent.add(failure);
            }
        }
        recent.add(now);
        boolean lock = recent.size() >= MAX_FAILURES;
        return Users.with(user, now, lock ? List.of() : recent,
                lock ? Optional.of(now.plus(LOCK)) : user.lockedUntil().filter(now::isBefore));
    }

    /** Whether a successful login has anything to clear. */
    public static boolean hasTraces(User user) {
        return !user.recentFailedLogins().isEmpty() || user.lockedUntil().isPresent();
    }
}
