package com.gmpgate.dynamodb;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builders of valid domain records; a test changes only what it is about. */
final class TestData {

    static final Instant NOW = Instant.parse("2025-05-12T06:30:00.123456Z");

    private TestData() {
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static User user(String siteId, String loginId) {
        return new User(id(), siteId, loginId, "작업자 " + loginId, "생산1팀", Role.WORKER, UserStatus.ACTIVE,
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", List.of(), Optional.empty(), NOW, NOW, 1);
    }

    static User nextVersion(User user, String displayName) {
        return new User(user.id(), user.siteId(), user.loginId(), displayName, user.department(), user.role(),
                user.status(), user.passwordHash(), List.of(NOW.plusSeconds(5)), Optional.of(NOW.plusSeconds(900)),
                user.createdAt(), NOW.plusSeconds(10), user.version() + 1);
    }

    static User renamed(User user, String loginId) {
        return new User(user.id(), user.siteId(), loginId, user.displayName(), user.department(), user.role(),
                user.status(), user.passwordHash(), user.recentFailedLogins(), user.lockedUntil(),
                user.createdAt(), NOW.plusSeconds(10), user.version() + 1);
    }

    static RefreshSession session(String familyId) {
        return new RefreshSession(id(), familyId, id(), "site-a", NOW, NOW.plus(Duration.ofDays(14)),
                Optional.empty(), Optional.empty());
    }
}
