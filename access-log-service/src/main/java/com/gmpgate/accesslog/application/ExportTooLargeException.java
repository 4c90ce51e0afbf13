package com.gmpgate.accesslog.application;

/** The day's log is longer than one export may be; the admin narrows it to a gate or a worker. */
public final class ExportTooLargeException extends RuntimeException {
    public ExportTooLargeException(int maxRows) {
        super("more than " + maxRows + " entries", null, false, false);
    }
}
