package com.gmpgate.template;

import java.util.Objects;

/** One key attribute of a table or index; {@code hash} is false for the RANGE (sort) key. */
public record KeyElement(String attributeName, boolean hash) {
    public KeyElement {
        Objects.requireNonNull(attributeName, "attributeName");
    }
}
