package com.gmpgate.checklist.application;

import java.time.LocalDate;

/** So many screenings of one worker arrived at once that this one could not be recorded; retry shortly. */
public final class WorkerDayContendedException extends RuntimeException {
    public WorkerDayContendedException(String workerId, LocalDate siteDate, int attempts) {
        super("worker day " + workerId + "#" + siteDate + " changed under " + attempts + " attempts in a row");
    }

    WorkerDayContendedException(String message) {
        super(message);
    }
}
