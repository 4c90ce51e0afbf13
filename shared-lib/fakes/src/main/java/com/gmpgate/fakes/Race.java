package com.gmpgate.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs {@code n} tasks on {@code n} threads, held at a latch until every thread is ready and then released at once,
 * so they really race (conditional writes, idempotency). Results come back in task order.
 * <pre>{@code
 * List<ApiResponse> replies = Race.run(20, i -> () -> verify(token, "IN", "scan-" + i));
 * }</pre>
 */
public final class Race {

    private Race() {
    }

    public static <T> List<T> run(int n, IntFunction<Supplier<T>> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Supplier<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.get();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new AssertionError("a racing task failed", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
