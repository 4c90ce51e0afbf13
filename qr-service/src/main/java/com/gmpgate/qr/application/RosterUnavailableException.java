package com.gmpgate.qr.application;

/**
 * There is no roster to give yet: the pass key that signs it is made with the deployment's first pass
 * (checklist-service), and QrFunction never makes it.
 */
public final class RosterUnavailableException extends RuntimeException {
    public RosterUnavailableException() {
        super("no pass key yet: no pass was ever signed here");
    }
}
