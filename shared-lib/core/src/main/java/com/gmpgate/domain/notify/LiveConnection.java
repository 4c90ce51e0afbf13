package com.gmpgate.domain.notify;

import java.time.Instant;
import java.util.Objects;

/** An open admin app's socket: which site's updates it receives, whose it is, since when. */
public record LiveConnection(String connectionId, String siteId, String userId, Instant connectedAt) {
    public LiveConnection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }
}
