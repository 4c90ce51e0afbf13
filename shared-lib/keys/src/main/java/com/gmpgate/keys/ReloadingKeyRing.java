package com.gmpgate.keys;

import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.KeyRingSource;
import com.gmpgate.crypto.VerificationKey;
import com.gmpgate.crypto.VerificationKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the key ring a loader reads (Secrets Manager, a key file) and reads it again now and then, so that an
 * execution environment that lives for hours picks up a rotation (a new kid signing new tokens), a retired key and
 * the very first key of a fresh deployment, instead of turning every new token away until it is recycled.
 *
 * <p>The caller that finds the ring stale reloads it, synchronously and alone. A token naming a kid the ring does
 * not hold (signed just after a rotation) makes {@link #verificationKey} read the store early, at most once a
 * minute, so garbage kids cannot turn into a flood of reads. A failed reload keeps the ring already held (tokens
 * keep verifying while the key store hiccups) and is tried again after the next interval; with no ring held at all,
 * the failure propagates.
 */
public final class ReloadingKeyRing implements KeyRingSource, VerificationKeys {

    public static final Duration RELOAD_AFTER = Duration.ofMinutes(5);
    /** Before the first key exists, look again sooner: the first signer may be starting right now. */
    public static final Duration RELOAD_EMPTY_AFTER = Duration.ofSeconds(30);
    /** How soon an unknown kid may make the store be read again. */
    public static final Duration RELOAD_UNKNOWN_KID_AFTER = Duration.ofMinutes(1);

    private final Supplier<Optional<KeyRing>> loader;
    private final Clock clock;
    private volatile Optional<KeyRing> ring;
    private volatile Instant loadedAt;

    /** Loads once now: a key store that cannot be read fails the cold start, with its reason. */
    public ReloadingKeyRing(Supplier<Optional<KeyRing>> loader, Clock clock) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ring = Objects.requireNonNull(loader.get(), "loaded ring");
        this.loadedAt = clock.instant();
    }

    @Override
    public Optional<KeyRing> current() {
        reloadIfOlderThan(ring.isPresent() ? RELOAD_AFTER : RELOAD_EMPTY_AFTER);
        return ring;
    }

    @Override
    public Optional<VerificationKey> verificationKey(String kid) {
        Optional<VerificationKey> key = current().flatMap(keys -> keys.verificationKey(kid));
        if (key.isEmpty()) {
            reloadIfOlderThan(RELOAD_UNKNOWN_KID_AFTER);
            key = ring.flatMap(keys -> keys.verificationKey(kid));
        }
        return key;
    }

    private void reloadIfOlderThan(Duration maxAge) {
        if (olderThan(maxAge)) {
            synchronized (this) {
                if (olderThan(maxAge)) {
                    reload();
                }
            }
        }
    }

    private boolean olderThan(Duration maxAge) {
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
