package com.gmpgate.qr.application;

import com.gmpgate.domain.user.Role;
import java.util.Objects;

/** Who asks, as the authorizer established it: the use cases check ownership against it. */
public record Actor(String userId, Role role, String siteId) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(siteId, "siteId");
    }
}
