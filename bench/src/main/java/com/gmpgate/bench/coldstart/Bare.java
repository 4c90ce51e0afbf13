package com.gmpgate.bench.coldstart;

/** The floor of every cold start: a JVM that starts, runs an empty main and exits. */
public final class Bare {

    private Bare() {
    }

    public static void main(String[] args) {
        // nothing: the time is the JVM's own
    }
}
