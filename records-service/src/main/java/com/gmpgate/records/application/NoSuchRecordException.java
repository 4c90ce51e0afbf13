package com.gmpgate.records.application;

/** No such record at the caller's site (another site's answers the same). */
public final class NoSuchRecordException extends RuntimeException {
    public NoSuchRecordException() {
        super("no such record", null, false, false);
    }
}
