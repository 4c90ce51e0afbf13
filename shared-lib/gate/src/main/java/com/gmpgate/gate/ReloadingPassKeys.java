package com.gmpgate.gate;

import com.gmpgate.pass.PassKeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the key ring a loader reads (Secrets Manager, a key file) and reads it again now and then, so that an
 * execution environment that lives for hours picks up a rotation (a new kid signing new passes) and the very
 * first key of a fresh deployment, instead of turning every new pass away until it is recycled.
 *
 * <p>The scan that finds the ring stale reloads it, synchronously and alone. A failed reload keeps the ring
 * already held (passes keep verifying while the key store hiccups) and is tried again after the next interval;
 * with no ring held at all, the failure propagates.
 */
public final class ReloadingPassKeys implements PassKeyRingSource {

    public static final Duration RELOAD_AFTER = Duration.ofMinutes(5);
    /** Before the first pass exists, look again sooner: the first signer may be starting right now. */
    public static final Duration RELOAD_EMPTY_AFTER = Duration.ofSeconds(30);

    private final Supplier<Optional<PassKeyRing>> loader;
    private final Clock clock;
    private volatile Optional<PassKeyRing> ring;
    private volatile Instant loadedAt;

    /** Loads once now: a key store that cannot be read fails the cold start, with its reason. */
    public ReloadingPassKeys(Supplier<Optional<PassKeyRing>> loader, Clock clock) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ring = Objects.requireNonNull(loader.get(), "loaded ring");
        this.loadedAt = clock.instant();
    }

    @Override
    public Optional<PassKeyRing> current() {
        if (stale()) {
            synchronized (this) {
                if (stale()) {
                    reload();
                }
            }
        }
        return ring;
    }

    private boolean stale() {
        Duration maxAge = ring.isPresent() ? RELOAD_AFTER : RELOAD_EMPTY_AFTER;
        return !clock.instant().isBefore(loadedAt.plus(maxAge));
    }

    private void reload() {
        try {
            ring = Objects.requireNonNull(loader.get(), "loaded ring");
        } catch (RuntimeException e) {
            if (ring.isEmpty()) {
                throw e;
            }
            // keep trusting the ring we have; the key store is asked again after the next interval
        } finally {
            loadedAt = clock.instant();
        }
    }
}
