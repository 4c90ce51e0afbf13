package com.gmpgate.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.pass.PassKeyRing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReloadingPassKeysTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T00:00:00Z"));
    private final PassKeyRing ring = new TestPasses(new InMemoryPassStore()).ring();

    @Test
    void readsOnce_thenAgainOnlyAfterTheInterval() {
        Loader loader = new Loader(Optional.of(ring), Optional.of(ring));
        ReloadingPassKeys keys = new ReloadingPassKeys(loader, clock);

        clock.advance(ReloadingPassKeys.RELOAD_AFTER.minusSeconds(1));
        keys.current();
        assertThat(loader.calls).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(keys.current()).contains(ring);
        assertThat(loader.calls).isEqualTo(2);
    }

    @Test
    void anEmptyStore_isAskedAgainSoon_andTheFirstKeyIsPickedUp() {
        Loader loader = new Loader(Optional.empty(), Optional.of(ring));
        ReloadingPassKeys keys = new ReloadingPassKeys(loader, clock);
        assertThat(keys.current()).isEmpty();

        clock.advance(ReloadingPassKeys.RELOAD_EMPTY_AFTER);

        assertThat(keys.current()).contains(ring);
    }

    @Test
    void aFailedReload_keepsTheRingItHas_andTriesAgainLater() {
        Loader loader = new Loader(Optional.of(ring));
        ReloadingPassKeys keys = new ReloadingPassKeys(loader, clock);
        clock.advance(ReloadingPassKeys.RELOAD_AFTER);

        assertThat(keys.current()).contains(ring);
        assertThat(loader.calls).isEqualTo(2);
        keys.current();
        assertThat(loader.calls).isEqualTo(2);
    }

    @Test
    void aFailedReload_withNoRingYet_fails() {
        ReloadingPassKeys keys = new ReloadingPassKeys(new Loader(Optional.empty()), clock);
        clock.advance(ReloadingPassKeys.RELOAD_EMPTY_AFTER);

        assertThatThrownBy(keys::current).isInstanceOf(IllegalStateException.class);
    }

    /** Hands out the given answers in turn, then fails as an unreachable key store would. */
    private static final class Loader implements Supplier<Optional<PassKeyRing>> {
        private final Deque<Optional<PassKeyRing>> answers = new ArrayDeque<>();
        int calls;

        @SafeVarargs
        Loader(Optional<PassKeyRing>... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public Optional<PassKeyRing> get() {
            calls++;
            if (answers.isEmpty()) {
                throw new IllegalStateException("key store unreachable");
            }
            return answers.poll();
        }
    }
}
