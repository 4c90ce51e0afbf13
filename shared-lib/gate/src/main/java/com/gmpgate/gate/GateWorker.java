package com.gmpgate.gate;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose pass it was, so the guard can look at the person. Name and department only for a worker of the gate's
 * own site; a pass of another site names just the id it carries.
 */
public record GateWorker(String id, Optional<String> displayName, Optional<String> department) {
    public GateWorker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(department, "department");
    }
}
