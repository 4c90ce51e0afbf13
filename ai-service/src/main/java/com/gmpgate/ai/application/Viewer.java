package com.gmpgate.ai.application;

import java.util.Objects;

/** Who reads an analysis: its worker, or an admin of its site. */
public record Viewer(String userId, String siteId, boolean admin) {
    public Viewer {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(siteId, "siteId");
    }
}
