package com.gmpgate.auth.application;

import com.gmpgate.credentials.TooManyAttemptsException;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.credentials.PasswordHasher;
import com.gmpgate.auth.password.PasswordPolicy;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin manages the users of their own site. A user of another site is "not found", never "forbidden": an
 * admin must not learn which ids exist elsewhere. Every write first re-reads the acting admin: a token issued
 * before a demotion does not let anyone create an ADMIN. A change that ends a user's access tokens (disabling,
 * a role change, a password reset) also revokes their valid passes, so the gate refuses them at once.
 */
public final class UserAdminService {

    /** What a password reset hands the admin, once: the new temporary password. */
    public record PasswordReset(User user, String temporaryPassword) {
        @Override
        public String toString() {
            return "PasswordReset[user=" + user.id() + "]";
        }
    }

    // no 0/O, 1/l/I: read aloud or copied from a screen at the gate without mistakes
    /**
     * Login ids are unique across sites, so refusing one tells that it is in use somewhere. The refusal names no
     * site or user, and an admin gets this many per day; after that every create answers 429 until the next day
     * (free ids too, or 201-versus-429 would be the same oracle), which bounds what an enumeration can learn.
     */
    public static final int REFUSED_CREATES_PER_DAY = 20;
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 14;

    private final UserStore users;
    private final PassStore passes;
    private final AttemptCounter refusals;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SecureRandom random;
    private final Clock clock;
    /** False for the operator's tool only: its actor is no stored user, and AWS IAM, not a token, lets it in. */
    private final boolean actorIsAUser;
    /** Who changed which account, when (issue 20); null for the operator's tool, which reaches the users table only. */
    private final AuditTrail audit;

    /** The API's: every write re-reads the acting admin, refused creates are capped, every change is audited. */
    public UserAdminService(UserStore users, PassStore passes, AttemptCounter refusals, PasswordHasher hasher,
                            PasswordPolicy policy, SecureRandom random, Clock clock, AuditTrail audit) {
        this(users, passes, refusals, hasher, policy, random, clock, true, audit);
    }

    /**
     * The operator's ({@code gmp-admin}, run with the deployer's AWS credentials): the acting "admin" is the
     * operator, not a stored user, so it is not re-read and its refusals are not capped. The tool reaches the users
     * table only, so its password resets (a site's first admin, an admin who lost theirs) revoke no passes; they
     * still end the user's tokens and require a new password.
     */
    public static UserAdminService forOperator(UserStore users, PasswordHasher hasher, PasswordPolicy policy,
                                               SecureRandom random, Clock clock) {
        return new UserAdminService(users, null, null, hasher, policy, random, clock, false, null);
    }

    private UserAdminService(UserStore users, PassStore passes, AttemptCounter refusals, PasswordHasher hasher,
                             PasswordPolicy policy, SecureRandom random, Clock clock, boolean actorIsAUser,
                             AuditTrail audit) {
        this.actorIsAUser = actorIsAUser;
        this.audit = audit;
        this.users = users;
        this.passes = passes;
        this.refusals = refusals;
        this.hasher = hasher;
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @throws WeakPasswordException                      the password fails the policy
     * @throws com.gmpgate.port.LoginIdTakenException      the login id exists (on any site)
     * @throws TooManyAttemptsException                   the admin had their refusals for today
     */
    public User create(AdminActor admin, NewUser request) {
        requireStillAdmin(admin);
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        String refusalKey = "create-refused#" + admin.userId() + "#" + today.getEpochSecond();
        if (actorIsAUser && refusals.count(refusalKey) >= REFUSED_CREATES_PER_DAY) {
            throw new TooManyAttemptsException(today.plus(1, ChronoUnit.DAYS));
        }
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
        try {
            users.create(user);
        } catch (LoginIdTakenException e) {
            if (actorIsAUser) {
                refusals.increment(refusalKey, today.plus(1, ChronoUnit.DAYS));
            }
            throw e;
        }
        audited(admin, user, AuditAction.USER_CREATED, user.role() + ", " + user.department(), now);
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
        requireStillAdmin(admin);
        User before = get(admin, userId);
        User changed = UserUpdates.apply(users, () -> get(admin, userId), user -> Users.withProfile(user,
                clock.instant(),
                changes.displayName().map(Users::normalizeText).orElse(user.displayName()),
                changes.department().map(Users::normalizeText).orElse(user.department()),
                changes.role().orElse(user.role()),
                changes.status().orElse(user.status())));
        if (changed.status() == UserStatus.DISABLED) {
            revokePasses(userId, "USER_DISABLED");
        } else if (changed.role() != before.role()) {
            revokePasses(userId, "ROLE_CHANGED");
        }
        Instant at = changed.updatedAt();
        if (changed.status() != before.status()) {
            audited(admin, changed, changed.status() == UserStatus.DISABLED ? AuditAction.USER_DISABLED
                    : AuditAction.USER_ENABLED, before.status() + " → " + changed.status(), at);
        }
        if (changed.role() != before.role()) {
            audited(admin, changed, AuditAction.USER_ROLE_CHANGED, before.role() + " → " + changed.role(), at);
        }
        if (!changed.displayName().equals(before.displayName()) || !changed.department().equals(before.department())) {
            audited(admin, changed, AuditAction.USER_PROFILE_CHANGED, before.displayName() + " / "
                    + before.department() + " → " + changed.displayName() + " / " + changed.department(), at);
        }
        return changed;
    }

    /**
     * Sets a generated temporary password that the user must replace at their next login, lifts any lockout, ends
     * every session of the user (their refresh families are bound to the old password hash, their access tokens to
     * the old token version) and revokes their valid passes. The admin passes the password on in person; it is
     * shown once.
     */
    public PasswordReset resetPassword(AdminActor admin, String userId) {
        requireStillAdmin(admin);
        String temporary = temporaryPassword();
        String hash = hasher.hash(temporary);
        User reset = UserUpdates.apply(users, () -> get(admin, userId),
                user -> Users.withPassword(user, clock.instant(), hash, true, true));
        revokePasses(userId, "PASSWORD_RESET");
        audited(admin, reset, AuditAction.USER_PASSWORD_RESET, "temporary password, change required", reset.updatedAt());
        return new PasswordReset(reset, temporary);
    }

    /**
     * The stored account behind the admin's token: still there, active, an ADMIN, of the same site. The
     * authorizer checks the token version on every call; this re-check is for the writes that create or change
     * other accounts, whatever a token or a cached decision says.
     *
     * @throws NotAnAdminException otherwise
     */
    private void requireStillAdmin(AdminActor admin) {
        if (!actorIsAUser) {
            return;
        }
        users.findById(admin.userId())
                .filter(user -> user.status() == UserStatus.ACTIVE && user.role() == Role.ADMIN
                        && user.siteId().equals(admin.siteId()))
                .orElseThrow(NotAnAdminException::new);
    }

    /**
     * The active workers of the site whose display name contains {@code name} (spaces and case ignored), for the
     * gate's manual entry when a worker's phone is dead; a gate or an admin asks, so no actor check beyond the site.
     * At most {@code limit}, in the store's order.
     */
    public List<User> workersNamed(String siteId, String name, int limit) {
        String wanted = folded(name);
        List<User> found = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<User> page = users.listBySite(siteId, new PageRequest(cursor, PageRequest.MAX_LIMIT));
            for (User user : page.items()) {
                if (user.role() == Role.WORKER && user.status() == UserStatus.ACTIVE
                        && folded(user.displayName()).contains(wanted) && found.size() < limit) {
                    found.add(user);
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent() && found.size() < limit);
        return found;
    }

    private static String folded(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    private void audited(AdminActor admin, User user, AuditAction action, String detail, Instant at) {
        if (audit != null) {
            audit.append(new AuditEntry(UUID.randomUUID().toString(), user.siteId(), at, admin.userId(), action, "USER",
                    user.id(), detail, Optional.empty()));
        }
    }

        private void revokePasses(String userId, String reason) {
        if (passes != null) {
            passes.revokeAllOfWorker(userId, reason, clock.instant());
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
