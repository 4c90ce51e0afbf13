package com.gmpgate.fakes;

import com.gmpgate.port.StoreUnavailableException;

/** A switch that makes a fake store fail as an unreachable engine would. */
final class Outage {

    private volatile boolean down;

    void set(boolean down) {
        this.down = down;
    }

    void check() {
        if (down) {
            throw new StoreUnavailableException("simulated outage", new java.io.IOException("connection refused"));
        }
    }
}
