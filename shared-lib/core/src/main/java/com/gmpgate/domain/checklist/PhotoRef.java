package com.gmpgate.domain.checklist;

import java.util.Objects;

/** A photo answer: the checklist item (e.g. {@code hand_wound_photo}) and the uploaded object's key. */
public record PhotoRef(String itemId, String imageKey) {
    public PhotoRef {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(imageKey, "imageKey");
    }
}
