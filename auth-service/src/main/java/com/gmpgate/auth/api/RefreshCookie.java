package com.gmpgate.auth.api;

import com.gmpgate.api.ApiRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The refresh token as a browser holds it: an {@code HttpOnly} cookie, out of reach of any script on the page (a
 * cross-site script can still call the API while the page is open, but cannot carry the 30-day token away).
 * {@code Secure}, {@code SameSite=Strict} (another site's page never makes the browser send it) and
 * {@code Path=/v1/auth} (only refresh and logout need it; the apps and the API share one origin, through CloudFront
 * and through local-api). Browsers accept {@code Secure} cookies from {@code http://localhost} too.
 *
 * <p>A request with an {@code Origin} header is a browser's (browsers add it to every POST and scripts cannot
 * remove it): its reply carries the token in the cookie only. Other clients (scripts, the CLI, tests) get it in the
 * body as before and may send it back in the body.
 */
final class RefreshCookie {

    static final String NAME = "gmp_refresh";
    static final String PATH = "/v1/auth";
    private static final String ATTRIBUTES = "; Path=" + PATH + "; HttpOnly; Secure; SameSite=Strict";

    private RefreshCookie() {
    }

    static String set(String refreshToken, Instant expiresAt, Instant now) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        return NAME + "=" + refreshToken + "; Max-Age=" + maxAge + ATTRIBUTES;
    }

    static String cleared() {
        return NAME + "=; Max-Age=0" + ATTRIBUTES;
    }

    static Optional<String> from(ApiRequest request) {
        return request.cookie(NAME).filter(value -> !value.isEmpty());
    }

    static boolean isBrowser(ApiRequest request) {
        return request.header("Origin").isPresent();
    }
}
