package com.gmpgate.qr.application;

/**
 * No such pass for this caller: it does not exist, or it belongs to another worker or another site. The two are
 * not told apart, so pass ids cannot be probed.
 */
public final class PassNotFoundException extends RuntimeException {
    public PassNotFoundException() {
        super("no such pass", null, false, false);
    }
}
