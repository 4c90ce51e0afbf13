package com.gmpgate.credentials;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.InMemoryAttemptCounter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    @Test
    void admitAddress_letsTheConfiguredNumberThrough_thenRefusesTheAddress_butNotAnother() {
        LoginThrottle throttle = new LoginThrottle(new InMemoryAttemptCounter(), 100);

        for (int i = 0; i < 100; i++) {
            throttle.admitAddress("203.0.113.7", NOW);
        }

        assertThatThrownBy(() -> throttle.admitAddress("203.0.113.7", NOW)).isInstanceOf(TooManyAttemptsException.class);
        assertThatCode(() -> throttle.admitAddress("198.51.100.2", NOW)).doesNotThrowAnyException();
        assertThatCode(() -> throttle.admitAddress("203.0.113.7", NOW.plus(LoginThrottle.ADDRESS_WINDOW)))
                .as("the next window starts afresh").doesNotThrowAnyException();
    }

    @Test
    void aLimitBelowOne_isRefusedAtStart() {
        assertThatThrownBy(() -> new LoginThrottle(new InMemoryAttemptCounter(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
