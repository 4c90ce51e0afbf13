package com.gmpgate.port;

/** An optimistic update lost the race: the item changed since it was read. Read again and retry. */
public class StaleVersionException extends ConflictException {
    public StaleVersionException(String what) {
        super(what + " changed since it was read");
    }
}
