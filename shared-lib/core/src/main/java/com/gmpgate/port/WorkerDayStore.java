package com.gmpgate.port;

import com.gmpgate.domain.checklist.WorkerDay;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The worker-day items ({@link WorkerDay}): read strongly consistent, written only conditionally, so concurrent
 * screenings of one worker are serialised by the store.
 */
public interface WorkerDayStore {

    /** The worker's day as last saved; empty when nothing was recorded that day. */
    Optional<WorkerDay> find(String workerId, LocalDate siteDate);

    /**
     * Stores {@code next} if the stored day is still the one it was derived from: absent when
     * {@code next.version() == 1}, else of version {@code next.version() - 1}.
     *
     * @throws StaleVersionException when another write landed first; read again, decide again
     */
    void save(WorkerDay next) throws StaleVersionException;
}
