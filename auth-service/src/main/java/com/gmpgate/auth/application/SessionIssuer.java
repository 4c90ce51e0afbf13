package com.gmpgate.auth.application;

import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts and continues refresh-token families. A family's lifetime is fixed at login and every rotated token
 * inherits its expiry (no sliding): a worker signs in once every 30 days on their own phone; an admin, whose
 * token can revoke passes and export logs and often sits on a shared gate PC, once per 12-hour shift.
 */
public final class SessionIssuer {

    public static final Duration WORKER_REFRESH_LIFETIME = Duration.ofDays(30);
    public static final Duration ADMIN_REFRESH_LIFETIME = Duration.ofHours(12);

    private final SessionStore sessions;
    private final AccessTokenIssuer accessTokens;
    private final RefreshTokens refreshTokens;

    public SessionIssuer(SessionStore sessions, AccessTokenIssuer accessTokens, RefreshTokens refreshTokens) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    IssuedSession start(User user, Instant now) {
        // a gate tablet stands unattended at the door: like an admin's PC, it signs in again each shift
        Duration lifetime = user.role() == Role.WORKER ? WORKER_REFRESH_LIFETIME : ADMIN_REFRESH_LIFETIME;
        return issue(user, SessionFamilies.newFamilyId(refreshTokens.randomId(), user), now.plus(lifetime), now);
    }

    IssuedSession continueFamily(User user, RefreshSession previous, Instant now) {
        return issue(user, previous.familyId(), previous.expiresAt(), now);
    }

    private IssuedSession issue(User user, String familyId, Instant refreshExpiresAt, Instant now) {
        String refreshToken = refreshTokens.generate();
        sessions.create(new RefreshSession(RefreshTokens.hash(refreshToken), familyId, user.id(), user.siteId(),
                now, refreshExpiresAt, Optional.empty(), Optional.empty()));
        AccessTokenIssuer.IssuedToken access = accessTokens.issue(user, now);
        return new IssuedSession(access.token(), access.expiresAt(), refreshToken, refreshExpiresAt, user);
    }
}
