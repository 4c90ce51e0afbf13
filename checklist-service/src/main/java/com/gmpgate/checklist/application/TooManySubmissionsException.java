package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.WorkerDay;

/** The worker answered the checklist {@link WorkerDay#MAX_SUBMISSIONS} times today already. */
public final class TooManySubmissionsException extends RuntimeException {
    public TooManySubmissionsException() {
        super("at most " + WorkerDay.MAX_SUBMISSIONS + " screenings per worker and day");
    }
}
