package com.gmpgate.credentials;

import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.UserStore;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed user re-enters their password to sign a decision (21 CFR 11.200(a): both components of the signature at
 * each signing that is not continuous). It is checked as a login checks it — the same Argon2id hash, and the same
 * per-login-id-and-address lock of {@link LoginThrottle}: a wrong password here counts toward the lock that also
 * refuses logins, and a locked pair cannot sign. A stolen access token therefore cannot be used to sign, nor to
 * guess the password faster than a login could.
 */
public final class PasswordReentry {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public PasswordReentry(UserStore users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * @param clientAddress where the request came from (API Gateway's sourceIp), as for logins
     * @return the signer as stored now (their display name goes into the signature)
     * @throws AccountLockedException     this address is locked out of this account, now or by this failure
     * @throws PasswordMismatchException  not the password, or the account is gone or disabled
     */
    public User confirm(String userId, String password, String clientAddress, Instant now) {
        Optional<User> found = users.findById(userId);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            throw new PasswordMismatchException();
        }
        User user = found.get();
        String account = LoginThrottle.account(user);
        throttle.requireNotLocked(account, clientAddress, now);
        if (!hasher.verify(password, user.passwordHash())) {
            throttle.failed(account, clientAddress, now);
            throw new PasswordMismatchException();
        }
        if (user.status() != UserStatus.ACTIVE) {
            throw new PasswordMismatchException();
        }
        throttle.succeeded(account, clientAddress, now);
        return user;
    }
}
