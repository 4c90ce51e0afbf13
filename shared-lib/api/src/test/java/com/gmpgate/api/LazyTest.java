package com.gmpgate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void get_buildsOnFirstUseOnly() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> "client-" + builds.incrementAndGet());

        assertThat(builds).hasValue(0);
        assertThat(lazy.isBuilt()).isFalse();
        assertThat(lazy.get()).isEqualTo("client-1");
        assertThat(lazy.get()).isEqualTo("client-1");
        assertThat(builds).hasValue(1);
        assertThat(lazy.isBuilt()).isTrue();
    }

    @Test
    void get_buildsOnce_whenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Lazy<Object> lazy = Lazy.of(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Object first = got.get(0).get();
            for (Future<Object> each : got) {
                assertThat(each.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void get_triesAgain_afterABuildThatFailed() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("endpoint unreachable");
            }
            return "client";
        });

        assertThatThrownBy(lazy::get).hasMessage("endpoint unreachable");
        assertThat(lazy.isBuilt()).isFalse();
        assertThat(lazy.get()).isEqualTo("client");
    }

    @Test
    void built_isAlreadyBuilt() {
        assertThat(Lazy.built("port").isBuilt()).isTrue();
        assertThat(Lazy.built("port").get()).isEqualTo("port");
    }
}
