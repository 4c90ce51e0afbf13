package com.gmpgate.domain.notify;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A worker's browser that allowed notifications (the Push API's {@code PushSubscription}): where the push service
 * takes messages for it, and the keys its messages are encrypted to (RFC 8291).
 *
 * @param p256dh the browser's P-256 public key, base64url (65 bytes, uncompressed)
 * @param auth the browser's authentication secret, base64url (16 bytes)
 */
public record PushSubscription(String workerId, String siteId, URI endpoint, String p256dh, String auth,
        Instant subscribedAt) {

    public PushSubscription {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(p256dh, "p256dh");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(subscribedAt, "subscribedAt");
    }
}
