package com.gmpgate.template;

import java.util.List;
import java.util.Objects;

/** A global secondary index as the template declares it. */
public record IndexDefinition(String name, List<KeyElement> keySchema, String projectionType,
        List<String> nonKeyAttributes) {
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        keySchema = List.copyOf(keySchema);
        Objects.requireNonNull(projectionType, "projectionType");
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
}
