package com.gmpgate.domain.checklist;

import java.util.Objects;

/**
 * Makes an item required (and, for a photo item, allowed) only when a boolean item has a given answer,
 * e.g. {@code hand_wound_photo} when {@code hand_wound} is {@code true}.
 */
public record RequiredWhen(String itemId, boolean is) {
    public RequiredWhen {
        Objects.requireNonNull(itemId, "itemId");
    }
}
