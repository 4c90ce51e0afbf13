package com.gmpgate.auth.application;

import com.gmpgate.domain.user.RefreshSession;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.SessionStore;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Refresh (rotating the refresh token), logout, and who the current user is. */
public final class SessionService {

    private final UserStore users;
    private final SessionStore sessions;
    private final SessionIssuer issuer;
    private final Clock clock;

    public SessionService(UserStore users, SessionStore sessions, SessionIssuer issuer, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.issuer = issuer;
        this.clock = clock;
    }

    /**
     * Exchanges a refresh token for a new access token and the next refresh token. Each token works once: a
     * second use means it was copied, and the whole family (the thief's and the owner's tokens alike) is revoked.
     *
     * @throws InvalidRefreshTokenException unknown, expired or revoked token; user gone, disabled, or their
     *                                      password reset since the login
     * @throws RefreshTokenReusedException  the token was spent already (its family is now revoked)
     */
    public IssuedSession refresh(String refreshToken) {
        Instant now = clock.instant();
        if (!RefreshTokens.looksLikeOne(refreshToken)) {
            throw new InvalidRefreshTokenException(InvalidRefreshTokenException.Reason.UNKNOWN);
        }
        String hash = RefreshTokens.hash(refreshToken);
        RefreshSession session = sessions.findByTokenHash(hash)
                .orElseThrow(() -> new InvalidRefreshTokenException(InvalidRefreshTokenException.Reason.UNKNOWN));
        if (session.revokedAt().isPresent()) {
            throw new InvalidRefreshTokenException(InvalidRefreshTokenException.Reason.REVOKED);
        }
        if (session.rotatedAt().isPresent()) {
            sessions.revokeFamily(session.familyId(), now);
            throw new RefreshTokenReusedException();
        }
        if (!now.isBefore(session.expiresAt())) {
            throw new InvalidRefreshTokenException(InvalidRefreshTokenException.Reason.EXPIRED);
        }
        if (!sessions.markRotated(hash, now)) {
            // lost the race to another use of the same token: one of the two is not the owner
            sessions.revokeFamily(session.familyId(), now);
            throw new RefreshTokenReusedException();
        }
        User user = currentUserOf(session, now);
        return issuer.continueFamily(user, session, now);
    }

    /**
     * Ends the caller's access tokens (all of them: the token version moves on; the user's other devices refresh
     * and carry on) and the family of {@code refreshToken} if it is the caller's. A missing, unknown or foreign
     * refresh token is quietly done already.
     */
    public void logout(String callerId, Optional<String> refreshToken) {
        Instant now = clock.instant();
        refreshToken.filter(RefreshTokens::looksLikeOne)
                .flatMap(token -> sessions.findByTokenHash(RefreshTokens.hash(token)))
                .filter(session -> session.userId().equals(callerId))
                .ifPresent(session -> sessions.revokeFamily(session.familyId(), now));
        if (users.findById(callerId).isPresent()) {
            UserUpdates.apply(users, () -> users.findById(callerId).orElseThrow(UserNotFoundException::new),
                    user -> Users.withTokensEnded(user, now));
        }
    }

    /** @throws UserNotFoundException if the caller's user no longer exists */
    public User currentUser(String userId) {
        return users.findById(userId).orElseThrow(UserNotFoundException::new);
    }

    private User currentUserOf(RefreshSession session, Instant now) {
        Optional<User> user = users.findById(session.userId());
        InvalidRefreshTokenException.Reason refusal = null;
        if (user.isEmpty()) {
            refusal = InvalidRefreshTokenException.Reason.USER_GONE;
        } else if (user.get().status() == UserStatus.DISABLED) {
            refusal = InvalidRefreshTokenException.Reason.USER_DISABLED;
        } else if (!SessionFamilies.boundToCurrentPassword(session.familyId(), user.get())) {
            refusal = InvalidRefreshTokenException.Reason.PASSWORD_CHANGED;
        }
        if (refusal != null) {
            sessions.revokeFamily(session.familyId(), now);
            throw new InvalidRefreshTokenException(refusal);
        }
        return user.get();
    }
}
