package com.gmpgate.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReloadingKeyRingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T00:00:00Z"));
    private final KeyRing ring = new TestPasses(new InMemoryPassStore()).ring();

    @Test
    void readsOnce_thenAgainOnlyAfterTheInterval() {
        Loader loader = new Loader(Optional.of(ring), Optional.of(ring));
        ReloadingKeyRing keys = new ReloadingKeyRing(loader, clock);

        clock.advance(ReloadingKeyRing.RELOAD_AFTER.minusSeconds(1));
        keys.current();
        assertThat(loader.calls).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.current()).contains(ring);
        assertThat(loader.calls).isEqualTo(2);
    }

    @Test
    void anEmptyStore_isAskedAgainSoon_andTheFirstKeyIsPickedUp() {
        Loader loader = new Loader(Optional.empty(), Optional.of(ring));
        ReloadingKeyRing keys = new ReloadingKeyRing(loader, clock);
        assertThat(keys.current()).isEmpty();

        clock.advance(ReloadingKeyRing.RELOAD_EMPTY_AFTER);

        assertThat(keys.current()).contains(ring);
    }

    @Test
    void aFailedReload_keepsTheRingItHas_andTriesAgainLater() {
        Loader loader = new Loader(Optional.of(ring));
        ReloadingKeyRing keys = new ReloadingKeyRing(loader, clock);
        clock.advance(ReloadingKeyRing.RELOAD_AFTER);

        assertThat(keys.current()).contains(ring);
        assertThat(loader.calls).isEqualTo(2);
        keys.current();
        assertThat(loader.calls).isEqualTo(2);
    }

    @Test
    void aFailedReload_withNoRingYet_fails() {
        ReloadingKeyRing keys = new ReloadingKeyRing(new Loader(Optional.empty()), clock);
        clock.advance(ReloadingKeyRing.RELOAD_EMPTY_AFTER);

        assertThatThrownBy(keys::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTokenOfANewKey_findsItWithinAMinute_beforeTheRingIsStale() {
        KeyRing rotated = KeyRing.of(SigningKey.generate(new SecureRandom()), ring.verificationKeys());
        String newKid = rotated.signingKey().orElseThrow().kid();
        Loader loader = new Loader(Optional.of(ring), Optional.of(rotated));
        ReloadingKeyRing keys = new ReloadingKeyRing(loader, clock);

        assertThat(keys.verificationKey(newKid)).as("within a minute of the last read").isEmpty();
        clock.advance(ReloadingKeyRing.RELOAD_UNKNOWN_KID_AFTER);

        assertThat(keys.verificationKey(newKid)).isPresent();
        assertThat(loader.calls).isEqualTo(2);
    }

    @Test
    void unknownKids_readTheStoreAtMostOnceAMinute() {
        Loader loader = new Loader(Optional.of(ring), Optional.of(ring));
        ReloadingKeyRing keys = new ReloadingKeyRing(loader, clock);

        for (int i = 0; i < 100; i++) {
            keys.verificationKey("garbage-" + i);
        }
        clock.advance(ReloadingKeyRing.RELOAD_UNKNOWN_KID_AFTER.plusSeconds(1));
        keys.verificationKey("garbage");
        keys.verificationKey("garbage");

        assertThat(loader.calls).isEqualTo(2);
    }

    /** Hands out the given answers in turn, then fails as an unreachable key store would. */
    private static final class Loader implements Supplier<Optional<KeyRing>> {
        private final Deque<Optional<KeyRing>> answers = new ArrayDeque<>();
        int calls;

        @SafeVarargs
        Loader(Optional<KeyRing>... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public Optional<KeyRing> get() {
            calls++;
            if (answers.isEmpty()) {
                throw new IllegalStateException("key store unreachable");
            }
            return answers.poll();
        }
    }
}
