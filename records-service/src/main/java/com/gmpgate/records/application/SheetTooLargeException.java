package com.gmpgate.records.application;

/** A day or period with more rows than one export carries. */
public final class SheetTooLargeException extends RuntimeException {
    public SheetTooLargeException(int limit) {
        super("more than " + limit + " rows", null, false, false);
    }
}
