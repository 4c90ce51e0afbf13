package com.gmpgate.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing. {@code nextCursor} is opaque to callers and signed by the store, so a client
 * cannot forge one to read past its own partition.
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
