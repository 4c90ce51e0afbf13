package com.gmpgate.auth.application;

import com.gmpgate.auth.password.PasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin manages the users of their own site. A user of another site is "not found", never "forbidden": an
 * admin must not learn which ids exist elsewhere.
 */
public final class UserAdminService {

    /** What a password reset hands the admin, once: the new temporary password. */
    public record PasswordReset(User user, String temporaryPassword) {
        @Override
        public String toString() {
            return "PasswordReset[user=" + user.id() + "]";
        }
    }

    private static final int UPDATE_ATTEMPTS = 5;
    // no 0/O, 1/l/I: read aloud or copied from a screen at the gate without mistakes
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 14;

    private final UserStore users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SecureRandom random;
    private final Clock clock;

    public UserAdminService(UserStore users, PasswordHasher hasher, PasswordPolicy policy, SecureRandom random,
                            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @throws WeakPasswordException                      the password fails the policy
     * @throws com.gmpgate.port.LoginIdTakenException      the login id exists (on any site)
     */
    public User create(AdminActor admin, NewUser request) {
        String loginId = Users.normalizeLoginId(request.loginId());
        List<PasswordPolicy.Problem> problems = policy.check(request.password(), loginId);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems);
        }
        Instant now = clock.instant();
        User user = new User(UUID.randomUUID().toString(), admin.siteId(), loginId,
                Users.normalizeText(request.displayName()), Users.normalizeText(request.department()),
                request.role(), UserStatus.ACTIVE, hasher.hash(request.password()), List.of(), Optional.empty(),
                now, now, 1);
        users.create(user);
        return user;
    }

    public Page<User> list(AdminActor admin, PageRequest page) {
        return users.listBySite(admin.siteId(), page);
    }

    public User get(AdminActor admin, String userId) {
        return users.findById(userId).filter(user -> user.siteId().equals(admin.siteId()))
                .orElseThrow(UserNotFoundException::new);
    }

    /**
     * @throws UserNotFoundException not a user of the admin's site
     * @throws OwnAccountException   the admin would demote or disable themselves
     */
    public User update(AdminActor admin, String userId, UserChanges changes) {
        boolean self = userId.equals(admin.userId());
        if (self && (changes.role().filter(role -> role != Role.ADMIN).isPresent()
                || changes.status().filter(status -> status != UserStatus.ACTIVE).isPresent())) {
            throw new OwnAccountException();
        }
        for (int attempt = 1; ; attempt++) {
            // re-read on every attempt: a login failure may have bumped the version meanwhile, and these
            // field changes apply just as well on top of it
            User user = get(admin, userId);
            User changed = Users.withProfile(user, clock.instant(),
                    changes.displayName().map(Users::normalizeText).orElse(user.displayName()),
                    changes.department().map(Users::normalizeText).orElse(user.department()),
                    changes.role().orElse(user.role()),
                    changes.status().orElse(user.status()));
            try {
                users.update(changed);
                return changed;
            } catch (StaleVersionException e) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Sets a generated temporary password, lifts any lockout, and ends every session of the user (their refresh
     * families are bound to the old password hash). The admin passes the password on in person; it is shown once.
     */
    public PasswordReset resetPassword(AdminActor admin, String userId) {
        String temporary = temporaryPassword();
        String hash = hasher.hash(temporary);
        for (int attempt = 1; ; attempt++) {
            User user = get(admin, userId);
            User reset = Users.withPassword(user, clock.instant(), hash);
            try {
                users.update(reset);
                return new PasswordReset(reset, temporary);
            } catch (StaleVersionException e) {
                if (attempt == UPDATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
