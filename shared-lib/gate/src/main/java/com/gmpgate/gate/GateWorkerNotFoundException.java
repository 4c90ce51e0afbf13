package com.gmpgate.gate;

/** No active worker of this site has this id. */
public class GateWorkerNotFoundException extends RuntimeException {
    public GateWorkerNotFoundException() {
        super("No active worker of this site has this id.");
    }
}
