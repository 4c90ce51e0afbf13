package com.gmpgate.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A collaborator built on first use, once per execution environment, then kept. For what only some routes of a
 * function need (SDK clients and the stores over them): a route that does not use it does not pay its cold start —
 * the SDK's classes, its client and its threads. The environment is still read and checked at start (a missing
 * variable fails there, with its name); only the building waits. Thread-safe; a build that throws is tried again
 * by the next caller.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> build;
    private volatile T value;

    private Lazy(Supplier<? extends T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> build) {
        return new Lazy<>(build);
    }

    /** Already built: for ports handed in by tests. */
    public static <T> Lazy<T> built(T value) {
        Lazy<T> lazy = new Lazy<>(() -> value);
        lazy.value = Objects.requireNonNull(value, "value");
        return lazy;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(build.get(), "built value");
                    value = result;
                }
            }
        }
        return result;
    }

    /** Whether {@link #get} has built it yet. */
    public boolean isBuilt() {
        return value != null;
    }
}
