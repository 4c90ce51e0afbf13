package com.gmpgate.accesslog.application;

import com.gmpgate.domain.gate.Presence;
import java.util.Objects;
import java.util.Optional;

/** One person inside now, with the name the admin knows them by (absent if the user record is gone). */
public record Inside(Presence presence, Optional<String> displayName, Optional<String> department) {
    public Inside {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(department, "department");
    }
}
