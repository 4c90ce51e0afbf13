package com.gmpgate.credentials;

import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiException;
import com.gmpgate.api.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The replies of a route that a user signs by re-entering their password ({@link PasswordReentry}): a wrong password
 * is 400 {@code WRONG_PASSWORD} on the {@code password} field, a locked account 429 {@code ACCOUNT_LOCKED} with
 * {@code Retry-After}. One mapping for every function that signs (reviews, gate acts).
 */
public final class SigningErrors {

    private SigningErrors() {
    }

    /**
     * @param notDone what the refusal left undone, in the route's words ("the decision is not signed.")
     */
    public static ApiDispatcher.Builder mapped(ApiDispatcher.Builder builder, Clock clock, String notDone) {
        return builder
                .on(PasswordMismatchException.class, e -> ApiException.validation(List.of(new FieldProblem(
                        "password", "WRONG_PASSWORD", "password is not your password: " + notDone))))
                .on(AccountLockedException.class, e -> {
                    long retryAfter = Math.max(1, Duration.between(clock.instant(), e.lockedUntil()).toSeconds());
                    return new ApiException(429, "ACCOUNT_LOCKED", "Too many wrong passwords: signing (and logging "
                            + "in) with this account from here is locked until " + e.lockedUntil() + ".", List.of(),
                            Map.of("Retry-After", Long.toString(retryAfter)));
                });
    }
}
