package com.gmpgate.bedrock;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables the Bedrock adapter reads, named here once and read once per execution environment.
 * The timeouts keep a model call well inside API Gateway's 29 s: a slow or throttled model sends the photo to a
 * supervisor rather than leaving the worker waiting at the door.
 */
public record BedrockSettings(String modelId, Optional<String> region, Optional<URI> endpoint, Duration callTimeout,
                              Duration attemptTimeout, int maxAttempts) {

    public static final String MODEL_ID = "GMP_BEDROCK_MODEL_ID";
    public static final String REGION = "AWS_REGION";
    /** Tests and local stubs only; unset in AWS. */
    public static final String ENDPOINT = "GMP_BEDROCK_ENDPOINT";
    /** The whole call, retries included, in milliseconds (default 20000). */
    public static final String CALL_TIMEOUT_MS = "GMP_BEDROCK_TIMEOUT_MS";
    /** One attempt, in milliseconds (default 12000). */
    public static final String ATTEMPT_TIMEOUT_MS = "GMP_BEDROCK_ATTEMPT_TIMEOUT_MS";
    /** Attempts per call, 1..3 (default 2): only a 5xx or a broken connection is tried again, never throttling. */
    public static final String MAX_ATTEMPTS = "GMP_BEDROCK_MAX_ATTEMPTS";

    public BedrockSettings {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalStateException("environment variable " + MODEL_ID + " is not set");
        }
        if (callTimeout.isNegative() || callTimeout.isZero() || attemptTimeout.isNegative() || attemptTimeout.isZero()
                || callTimeout.compareTo(Duration.ofSeconds(28)) > 0) {
            throw new IllegalStateException(CALL_TIMEOUT_MS + " / " + ATTEMPT_TIMEOUT_MS
                    + " must be positive, the call at most 28000 ms (API Gateway gives up at 29 s)");
        }
        if (attemptTimeout.compareTo(callTimeout) > 0) {
            throw new IllegalStateException(ATTEMPT_TIMEOUT_MS + " must not exceed " + CALL_TIMEOUT_MS);
        }
        if (maxAttempts < 1 || maxAttempts > 3) {
            throw new IllegalStateException(MAX_ATTEMPTS + " must be 1, 2 or 3");
        }
    }

    public static BedrockSettings of(Map<String, String> env) {
        return new BedrockSettings(
                env.get(MODEL_ID),
                optional(env, REGION),
                optional(env, ENDPOINT).map(URI::create),
                Duration.ofMillis(number(env, CALL_TIMEOUT_MS, 20_000)),
                Duration.ofMillis(number(env, ATTEMPT_TIMEOUT_MS, 12_000)),
                (int) number(env, MAX_ATTEMPTS, 2));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        Optional<String> value = optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("environment variable " + name + " is not a whole number: " + value.get());
        }
    }
}
