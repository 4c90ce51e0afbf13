package com.gmpgate.ai.application;

import java.util.Objects;

/** The worker a request is made for, as the authorizer established. */
public record Worker(String userId, String siteId) {
    public Worker {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(siteId, "siteId");
    }
}
