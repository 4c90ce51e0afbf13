package com.gmpgate.api;

import com.gmpgate.domain.user.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as the Lambda authorizer established it from the access token and handed over in
 * {@code requestContext.authorizer}. Handlers trust it (API Gateway only invokes them after the authorizer allowed
 * the call) and still check roles and ownership themselves.
 */
public record Caller(String userId, Role role, String siteId) {

    /** Keys of the authorizer context; the authorizer writes them, {@link #from} reads them. */
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String SITE_ID = "siteId";
    /**
     * Access token expiry, epoch seconds. API Gateway caches the authorizer's decision for minutes, so a cached
     * Allow can outlive the token; checking it here closes that gap.
     */
    public static final String EXPIRES_AT = "exp";
    /**
     * {@code "true"} while the user must replace a password an admin reset: every route but the few that
     * {@link ApiDispatcher.Builder#passwordChangeRoute} registers answers 403 PASSWORD_CHANGE_REQUIRED.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "passwordChangeRequired";

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(siteId, "siteId");
    }

    /**
     * @throws ApiException 401 when the context lacks the caller (a route deployed without the authorizer) or
     *                      the token behind a cached decision has expired since
     */
    public static Caller from(ApiRequest request, Instant now) {
        Caller caller = fromPendingPasswordChange(request, now);
        if ("true".equals(request.authorizer().get(PASSWORD_CHANGE_REQUIRED))) {
            throw new ApiException(403, "PASSWORD_CHANGE_REQUIRED",
                    "Choose a new password first (POST /v1/auth/password): an admin reset yours.");
        }
        return caller;
    }

    /** {@link #from}, for the routes a user with a pending password change may still call. */
    public static Caller fromPendingPasswordChange(ApiRequest request, Instant now) {
        Map<String, String> context = request.authorizer();
        String userId = context.get(USER_ID);
        String siteId = context.get(SITE_ID);
        Optional<Role> role = parseRole(context.get(ROLE));
        if (blank(userId) || blank(siteId) || role.isEmpty()) {
            throw ApiException.unauthorized("Missing, invalid or expired access token.");
        }
        String expiresAt = context.get(EXPIRES_AT);
        if (expiresAt != null && !now.isBefore(parseEpochSeconds(expiresAt))) {
            throw ApiException.unauthorized("Missing, invalid or expired access token.");
        }
        return new Caller(userId, role.get(), siteId);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** @throws ApiException 403 unless the caller has {@code wanted} */
    public Caller requireRole(Role wanted) {
        if (role != wanted) {
            throw ApiException.forbidden("This needs the " + wanted + " role.");
        }
        return this;
    }

    /** @throws ApiException 403 unless the caller has one of {@code allowed} */
    public Caller requireRole(java.util.Set<Role> allowed) {
        if (!allowed.contains(role)) {
            throw ApiException.forbidden("This needs one of the roles " + new java.util.TreeSet<>(allowed) + ".");
        }
        return this;
    }

    private static Optional<Role> parseRole(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Instant parseEpochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Instant.EPOCH; // unreadable: treat as expired
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
