package com.gmpgate.auth.application;

import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Copies of an immutable {@link User} with some fields changed and the version bumped, as the store expects. */
final class Users {

    private Users() {
    }

    static User with(User u, Instant now, List<Instant> failures, Optional<Instant> lockedUntil) {
        return new User(u.id(), u.siteId(), u.loginId(), u.displayName(), u.department(), u.role(), u.status(),
                u.passwordHash(), failures, lockedUntil, u.createdAt(), now, u.version() + 1);
    }

    static User withPassword(User u, Instant now, String passwordHash) {
        return new User(u.id(), u.siteId(), u.loginId(), u.displayName(), u.department(), u.role(), u.status(),
                passwordHash, List.of(), Optional.empty(), u.createdAt(), now, u.version() + 1);
    }

    static User withProfile(User u, Instant now, String displayName, String department, Role role,
                            UserStatus status) {
        return new User(u.id(), u.siteId(), u.loginId(), displayName, department, role, status, u.passwordHash(),
                u.recentFailedLogins(), u.lockedUntil(), u.createdAt(), now, u.version() + 1);
    }

    /**
     * The login id as stored and looked up: NFC (a Hangul id typed on a Mac arrives decomposed), then the
     * store's own normalization (trimmed, lower case).
     */
    static String normalizeLoginId(String loginId) {
        return User.normalizeLoginId(Normalizer.normalize(loginId, Normalizer.Form.NFC));
    }

    /** Names are shown and exported; store them composed so they compare and sort as people expect. */
    static String normalizeText(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
