package com.gmpgate.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in: a worker answering the checklist or an admin (guard, supervisor, QA) of one site.
 *
 * @param passwordHash encoded hash (Argon2id or bcrypt, self-describing); never the password
 * @param recentFailedLogins failed login instants inside the lockout window, oldest first
 * @param lockedUntil set while the account is locked after too many failed logins
 * @param version optimistic-locking counter; the store refuses an update whose version is stale
 * @param tokenVersion the access tokens that are good: each carries the value it was issued with, and the
 *                     authorizer refuses one that differs from the stored value. Logout, a password change or
 *                     reset, disabling and a role change raise it, which ends every access token issued before
 *                     at once (failed logins do not: they must not end anyone's session)
 * @param passwordChangeRequired set by an admin's password reset: until the user chooses a new password, only
 *                               the routes that change it (and me, logout) answer
 */
public record User(
        String id,
        String siteId,
        String loginId,
        String displayName,
        String department,
        Role role,
        UserStatus status,
        String passwordHash,
        List<Instant> recentFailedLogins,
        Optional<Instant> lockedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long tokenVersion,
        boolean passwordChangeRequired) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(loginId, "loginId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(passwordHash, "passwordHash");
        recentFailedLogins = List.copyOf(recentFailedLogins);
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A user whose tokens have never been ended and who need not change their password. */
    public User(String id, String siteId, String loginId, String displayName, String department, Role role,
                UserStatus status, String passwordHash, List<Instant> recentFailedLogins,
                Optional<Instant> lockedUntil, Instant createdAt, Instant updatedAt, long version) {
        this(id, siteId, loginId, displayName, department, role, status, passwordHash, recentFailedLogins,
                lockedUntil, createdAt, updatedAt, version, 0, false);
    }

    /** Login ids compare case-insensitively, so "Worker1" and "worker1" cannot both exist. */
    public static String normalizeLoginId(String loginId) {
        return loginId.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
