package com.gmpgate.qr.application;

import java.util.Locale;
import java.util.Objects;

/** The pass exists and is the caller's to see, but no gate would take it any more: no image is drawn of it. */
public final class PassNoLongerValidException extends RuntimeException {

    public enum Why { REVOKED, EXPIRED }

    private final Why why;

    public PassNoLongerValidException(Why why) {
        super("pass " + why.name().toLowerCase(Locale.ROOT), null, false, false);
        this.why = Objects.requireNonNull(why, "why");
    }

    public Why why() {
        return why;
    }
}
