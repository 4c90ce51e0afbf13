package com.gmpgate.auth.api;

import com.gmpgate.auth.application.DeviceService;
import com.gmpgate.auth.application.IssuedSession;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reply bodies of the auth routes (JSON DTOs), mapped explicitly from the domain. No password hash, ever. */
final class AuthViews {

    private AuthViews() {
    }

    /** docs/openapi.yaml User. {@code lockedUntil} only while locked; times RFC 3339 UTC. */
    record UserView(String id, String loginId, String displayName, String role, String siteId, String department,
                    String status, String lockedUntil, String createdAt, String updatedAt) {

        static UserView of(User user, Instant now) {
            return new UserView(user.id(), user.loginId(), user.displayName(), user.role().name(), user.siteId(),
                    user.department(), user.status().name(),
                    user.lockedUntil().filter(now::isBefore).map(Instant::toString).orElse(null),
                    user.createdAt().toString(), user.updatedAt().toString());
        }
    }

    /**
     * Login, refresh and a password change. {@code expiresIn}: seconds the access token is good for (OAuth 2
     * style). {@code refreshToken} only for clients that are not browsers (a browser gets the cookie).
     * {@code passwordChangeRequired}: only the password change route answers until it is false.
     */
    record SessionView(String accessToken, String tokenType, long expiresIn, String refreshToken,
                       String refreshTokenExpiresAt, boolean passwordChangeRequired, UserView user) {

        static SessionView of(IssuedSession session, boolean refreshTokenInBody, Clock clock) {
            Instant now = clock.instant();
            long expiresIn = Math.max(0, Duration.between(now, session.accessTokenExpiresAt()).toSeconds());
            return new SessionView(session.accessToken(), "Bearer", expiresIn,
                    refreshTokenInBody ? session.refreshToken() : null, session.refreshTokenExpiresAt().toString(),
                    session.user().passwordChangeRequired(), UserView.of(session.user(), now));
        }
    }

    record UserPage(List<UserView> items, String nextCursor) {
        static UserPage of(Page<User> page, Instant now) {
            return new UserPage(page.items().stream().map(user -> UserView.of(user, now)).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    /** openapi WorkerMatches: who the gate's name look-up found, as little as recognising them needs. */
    record WorkerMatches(List<Match> items) {
        static final int MAX = 20;

        record Match(String id, String displayName, String department) {
        }

        static WorkerMatches of(List<User> users) {
            return new WorkerMatches(users.stream()
                    .map(user -> new Match(user.id(), user.displayName(), user.department())).toList());
        }
    }

    /** Shown once, to the admin who reset it. */
    record PasswordResetView(UserView user, String temporaryPassword) {
        static PasswordResetView of(UserAdminService.PasswordReset reset, Instant now) {
            return new PasswordResetView(UserView.of(reset.user(), now), reset.temporaryPassword());
        }
    }

    /** The {@code details} entry of an ACCOUNT_LOCKED reply: what to show, and until when (RFC 3339). */
    record LockDetail(String code, LocalizedText message, String lockedUntil, long retryAfterSeconds) {
    }

    /** The {@code details} entry of other login refusals: what to show. */
    record LoginDetail(String code, LocalizedText message) {
    }

    /** docs/openapi.yaml Device: the registered phone, by its key's RFC 7638 thumbprint. */
    record DeviceView(String jkt, String registeredAt, boolean replaced) {
        static DeviceView of(DeviceService.Registration registration) {
            return new DeviceView(registration.device().key().thumbprint(),
                    registration.device().registeredAt().toString(), registration.replaced());
        }
    }

    /** docs/openapi.yaml RegisteredDevice: the phone asking is the worker's registered phone. */
    record RegisteredDeviceView(String jkt, String registeredAt) {
        static RegisteredDeviceView of(com.gmpgate.domain.device.WorkerDevice device) {
            return new RegisteredDeviceView(device.key().thumbprint(), device.registeredAt().toString());
        }
    }
}
