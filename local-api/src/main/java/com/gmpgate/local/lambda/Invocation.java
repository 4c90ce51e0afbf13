package com.gmpgate.local.lambda;

import java.time.Duration;

/** How one invocation ended, as the Lambda service would tell its caller. */
public sealed interface Invocation {

    /** The function returned; {@code payload} is its JSON output. */
    record Returned(byte[] payload) implements Invocation {
    }

    /** The function threw, failed to start, or broke a Lambda limit; API Gateway answers 502. */
    record Failed(String errorType, String errorMessage) implements Invocation {
    }

    /**
     * No answer within {@code after}: the function's own {@code Timeout} ({@code functionTimeout}) or the caller's
     * patience (API Gateway's 29 s) ran out first.
     */
    record TimedOut(Duration after, boolean functionTimeout) implements Invocation {
    }
}
