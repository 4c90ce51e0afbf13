package com.gmpgate.auth.application;

import com.gmpgate.domain.user.User;
import java.time.Instant;

/** What login and refresh hand back: a fresh access token, the next refresh token, and the user. */
public record IssuedSession(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                            Instant refreshTokenExpiresAt, User user) {
}
