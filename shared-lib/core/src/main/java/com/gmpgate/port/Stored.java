package com.gmpgate.port;

import java.util.Objects;

/**
 * The outcome of an idempotent create: the record now stored, and whether this call created it
 * ({@code created=false}: the same id and the same content were sent before; this is the first record).
 */
public record Stored<T>(T value, boolean created) {
    public Stored {
        Objects.requireNonNull(value, "value");
    }
}
