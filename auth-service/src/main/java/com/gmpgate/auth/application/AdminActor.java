package com.gmpgate.auth.application;

import java.util.Objects;

/** The admin acting: their id, and the one site they may manage. The API layer has checked the role. */
public record AdminActor(String userId, String siteId) {
    public AdminActor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(siteId, "siteId");
    }
}
