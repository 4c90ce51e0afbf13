package com.gmpgate.auth.application;

import com.gmpgate.credentials.TooManyAttemptsException;
import com.gmpgate.credentials.AccountLockedException;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordHasher;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login by login id and password. An unknown id and a wrong password get the same refusal after the same work:
 * the same store reads (the user store reads as much for an unknown id), one password hash either way (a dummy
 * one for an unknown id), and one failure counted per login id and client address whether or not the id exists.
 * A locked pair is refused before its password is even checked, so guessing during the lock learns nothing.
 * Whether the account is disabled is told only to whoever knows its password.
 */
public final class LoginService {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final SessionIssuer sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    public LoginService(UserStore users, PasswordHasher hasher, SessionIssuer sessions, LoginThrottle throttle,
                        Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * @param clientAddress where the request came from (API Gateway's sourceIp)
     * @throws TooManyAttemptsException the address has made too many attempts for now
     * @throws InvalidCredentialsException   unknown login id or wrong password
     * @throws AccountLockedException        this address is locked out of this login id, now or by this failure
     * @throws AccountDisabledException      right password, disabled account
     */
    public IssuedSession login(String loginId, String password, String clientAddress) {
        Instant now = clock.instant();
        String loginKey = Users.normalizeLoginId(loginId);
        throttle.admitAddress(clientAddress, now);
        Optional<User> found = users.findByLoginId(loginKey);
        String account = LoginThrottle.account(loginKey, found);
        throttle.requireNotLocked(account, clientAddress, now);
        boolean verified;
        if (found.isPresent()) {
            verified = hasher.verify(password, found.get().passwordHash());
        } else {
            hasher.verifyNothing(password);
            verified = false;
        }
        if (!verified) {
            throttle.failed(account, clientAddress, now);
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        if (user.status() == UserStatus.DISABLED) {
            throw new AccountDisabledException();
        }
        throttle.succeeded(account, clientAddress, now);
        return sessions.start(clearTraces(user, password, now), now);
    }

    /**
     * After a good password: upgrade a hash made with older settings, and drop the lockout fields records from
     * before the per-address lock may still carry. Best effort: a concurrent change wins and the login goes ahead
     * regardless. Upgrading the hash ends the user's other sessions (their families are bound to the old hash),
     * which only happens when the settings are raised.
     */
    private User clearTraces(User user, String password, Instant now) {
        boolean rehash = hasher.needsRehash(user.passwordHash());
        boolean traces = !user.recentFailedLogins().isEmpty() || user.lockedUntil().isPresent();
        if (!traces && !rehash) {
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
