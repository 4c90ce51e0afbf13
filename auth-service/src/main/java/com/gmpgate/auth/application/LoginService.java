package com.gmpgate.auth.application;

import com.gmpgate.auth.password.PasswordHasher;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login by login id and password. An unknown id and a wrong password get the same refusal after the same work
 * (a password hash is computed either way). A locked account is refused before its password is even checked, so
 * guessing during the lock learns nothing. Whether the account is disabled is told only to whoever knows its
 * password.
 */
public final class LoginService {

    /** Failed logins must all count even when they race: re-read and re-apply this many times. */
    private static final int UPDATE_ATTEMPTS = 5;

    private final UserStore users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Clock clock;

    public LoginService(UserStore users, PasswordHasher hasher, SessionIssuer sessions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @throws InvalidCredentialsException unknown login id or wrong password
     * @throws AccountLockedException      locked now, or by this very failure
     * @throws AccountDisabledException    right password, disabled account
     */
    public IssuedSession login(String loginId, String password) {
        Instant now = clock.instant();
        Optional<User> found = users.findByLoginId(Users.normalizeLoginId(loginId));
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        if (Lockout.isLocked(user, now)) {
            throw new AccountLockedException(user.lockedUntil().orElseThrow());
        }
        if (!hasher.verify(password, user.passwordHash())) {
            User failed = recordFailure(user, now);
            if (Lockout.isLocked(failed, now)) {
                throw new AccountLockedException(failed.lockedUntil().orElseThrow());
            }
            throw new InvalidCredentialsException();
        }
        if (user.status() == UserStatus.DISABLED) {
            throw new AccountDisabledException();
        }
        return sessions.start(clearTraces(user, password, now), now);
    }

    private User recordFailure(User user, Instant now) {
        User current = user;
        for (int attempt = 1; ; attempt++) {
            User failed = Lockout.afterFailure(current, now);
            try {
                users.update(failed);
                return failed;
            } catch (StaleVersionException e) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw e;
                }
                current = users.findById(user.id()).orElseThrow(InvalidCredentialsException::new);
            }
        }
    }

    /**
     * After a good password: forget earlier failures, and upgrade a hash made with older settings. Best effort: a
     * concurrent change wins and the login goes ahead regardless. Upgrading the hash ends the user's other
     * sessions (their families are bound to the old hash), which only happens when the settings are raised.
     */
    private User clearTraces(User user, String password, Instant now) {
        boolean rehash = hasher.needsRehash(user.passwordHash());
        if (!Lockout.hasTraces(user) && !rehash) {
            return user;
        }
        User cleared = rehash
                ? Users.withPassword(user, now, hasher.hash(password), user.passwordChangeRequired(), false)
                : Users.with(user, now, java.util.List.of(), Optional.empty());
        try {
            users.update(cleared);
            return cleared;
        } catch (StaleVersionException e) {
            return users.findById(user.id()).orElse(user);
        }
    }
}
