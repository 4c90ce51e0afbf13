package com.gmpgate.auth.application;

import com.gmpgate.credentials.AccountLockedException;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A user changes their own password: the current one is required (and its wrong guesses count against the same
 * per-address lock as logins, so a stolen access token cannot be used to guess it), the new one must pass the
 * policy. The change ends every earlier access token and refresh family and clears a pending change after an
 * admin's reset; the reply is a fresh session, so the app carries on signed in.
 */
public final class PasswordChangeService {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionIssuer sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    public PasswordChangeService(UserStore users, PasswordHasher hasher, PasswordPolicy policy,
                                 SessionIssuer sessions, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * @throws UserNotFoundException the caller's account is gone
     * @throws AccountLockedException too many wrong passwords from this address
     * @throws WrongPasswordException {@code currentPassword} is not the password
     * @throws WeakPasswordException  the policy refuses {@code newPassword} (field {@code newPassword})
     */
    public IssuedSession change(String userId, String currentPassword, String newPassword, String clientAddress) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow(UserNotFoundException::new);
        String loginKey = Users.normalizeLoginId(user.loginId());
        String account = LoginThrottle.account(user);
        throttle.requireNotLocked(account, clientAddress, now);
        if (!hasher.verify(currentPassword, user.passwordHash())) {
            throttle.failed(account, clientAddress, now);
            throw new WrongPasswordException();
        }
        List<PasswordPolicy.Problem> problems = new ArrayList<>(policy.check(newPassword, loginKey));
        if (newPassword.equals(currentPassword)) {
            problems.add(PasswordPolicy.Problem.SAME_AS_CURRENT);
        }
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems, "newPassword");
        }
        throttle.succeeded(account, clientAddress, now);
        String hash = hasher.hash(newPassword);
        User changed = UserUpdates.apply(users, () -> users.findById(userId).orElseThrow(UserNotFoundException::new),
                current -> Users.withPassword(current, now, hash, false, true));
        return sessions.start(changed, now);
    }
}
