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
                u.passwordHash(), failures, lockedUntil, u.createdAt(), now, u.version() + 1, u.tokenVersion(),
                u.passwordChangeRequired());
    }

    /**
     * A new password hash. {@code endTokens}: an admin's reset and the user's own change end every access token
     * issued before; a rehash at login (same password, stronger settings) does not.
     */
    static User withPassword(User u, Instant now, String passwordHash, boolean changeRequired, boolean endTokens) {
        return new User(u.id(), u.siteId(), u.loginId(), u.displayName(), u.department(), u.role(), u.status(),
                passwordHash, List.of(), Optional.empty(), u.createdAt(), now, u.version() + 1,
                u.tokenVersion() + (endTokens ? 1 : 0), changeRequired);
    }

    /** A new role or status ends the user's access tokens at once; a new name or department does not. */
    static User withProfile(User u, Instant now, String displayName, String department, Role role,
                            UserStatus status) {
        boolean endTokens = role != u.role() || status != u.status();
        return new User(u.id(), u.siteId(), u.loginId(), displayName, department, role, status, u.passwordHash(),
                u.recentFailedLogins(), u.lockedUntil(), u.createdAt(), now, u.version() + 1,
                u.tokenVersion() + (endTokens ? 1 : 0), u.passwordChangeRequired());
    }

    /** Logout: every access token of the user stops working (other devices refresh and carry on). */
    static User withTokensEnded(User u, Instant now) {
        return new User(u.id(), u.siteId(), u.loginId(), u.displayName(), u.department(), u.role(), u.status(),
                u.passwordHash(), u.recentFailedLogins(), u.lockedUntil(), u.createdAt(), now, u.version() + 1,
                u.tokenVersion() + 1, u.passwordChangeRequired());
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
