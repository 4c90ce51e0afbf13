package com.gmpgate.fakes;

import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.WorkerDayStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link WorkerDayStore} in memory, with the DynamoDB adapter's semantics: a save lands only on the version it was
 * derived from (the first only where there is none), else {@link StaleVersionException}; reads see the last save.
 * Thread-safe: each call holds the store's lock, as a conditional write is atomic per item.
 *
 * <p>{@link #beforeNextSave} lets a test put another request's write between a use case's read and its save — the
 * interleaving a real race produces now and then — deterministically.
 */
public final class InMemoryWorkerDayStore implements WorkerDayStore {

    private final Map<String, WorkerDay> days = new HashMap<>();
    private final Outage outage = new Outage();
    private final AtomicInteger staleSaves = new AtomicInteger();
    private Runnable beforeNextSave;

    @Override
    public synchronized Optional<WorkerDay> find(String workerId, LocalDate siteDate) {
        outage.check();
        return Optional.ofNullable(days.get(key(workerId, siteDate)));
    }

    @Override
    public void save(WorkerDay next) {
        Runnable interleaved;
        synchronized (this) {
            interleaved = beforeNextSave;
            beforeNextSave = null;
        }
        if (interleaved != null) {
            interleaved.run(); // outside the lock: it is another request, and may save itself
        }
        synchronized (this) {
            outage.check();
            String key = key(next.workerId(), next.siteDate());
            long stored = Optional.ofNullable(days.get(key)).map(WorkerDay::version).orElse(0L);
            if (stored != next.version() - 1) {
                staleSaves.incrementAndGet();
                throw new StaleVersionException("worker day " + key);
            }
            days.put(key, next);
        }
    }

    /** Runs {@code write} once, just before the next save is checked (after that save's caller read the day). */
    public synchronized void beforeNextSave(Runnable write) {
        this.beforeNextSave = write;
    }

    /** How many saves were refused as stale, for assertions that a race was really run. */
    public int staleSaves() {
        return staleSaves.get();
    }

    public synchronized List<WorkerDay> all() {
        return List.copyOf(days.values());
    }

    public void simulateOutage(boolean down) {
        outage.set(down);
    }

    private static String key(String workerId, LocalDate siteDate) {
        return workerId + "#" + siteDate;
    }
}
