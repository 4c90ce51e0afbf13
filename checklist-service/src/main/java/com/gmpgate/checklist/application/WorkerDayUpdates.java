package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.WorkerDayStore;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Read the worker's day, decide, save on the version read; when another request saved first, read and decide
 * again. This loop is what makes a screening's verdict and the day's lockout one atomic step without
 * transactions: whatever a decision is based on is exactly what its save overwrites. A few retries are a normal
 * race (the PWA re-sending, two phones); {@value #MAX_ATTEMPTS} in a row are a burst no person makes, answered
 * with {@link WorkerDayContendedException} (409, retry later) rather than an unbounded loop.
 */
final class WorkerDayUpdates {

    static final int MAX_ATTEMPTS = 25;
    private static final long MAX_PAUSE_MILLIS = 40;

    private final WorkerDayStore store;

    WorkerDayUpdates(WorkerDayStore store) {
        this.store = store;
    }

    /** What a decision leaves: the day to save and what the caller gets back once it is saved. */
    record Decision<T>(WorkerDay next, T value) {
    }

    <T> Decision<T> apply(String siteId, String workerId, LocalDate siteDate, Function<WorkerDay, Decision<T>> decide) {
        for (int attempt = 1; ; attempt++) {
            WorkerDay day = store.find(workerId, siteDate).orElseGet(() -> WorkerDay.empty(siteId, workerId, siteDate));
            Decision<T> decision = decide.apply(day);
            if (decision.next() == day) {
                return decision; // nothing to record
            }
            try {
                store.save(decision.next());
                return decision;
            } catch (StaleVersionException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new WorkerDayContendedException(workerId, siteDate, attempt);
                }
                pause(attempt);
            }
        }
    }

    /** Jittered and growing a little, so racing requests stop colliding in lock step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(MAX_PAUSE_MILLIS, 2L + 3L * attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerDayContendedException("interrupted while retrying");
        }
    }
}
