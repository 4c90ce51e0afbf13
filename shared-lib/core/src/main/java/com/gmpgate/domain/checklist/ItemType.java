package com.gmpgate.domain.checklist;

/** How a checklist item is answered. Photo items are answered in the submission's {@code photos}, not in {@code answers}. */
public enum ItemType {
    BOOLEAN,
    NUMBER,
    PHOTO
}
