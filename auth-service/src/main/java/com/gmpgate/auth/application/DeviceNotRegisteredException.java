package com.gmpgate.auth.application;

/** The worker has no phone registered (at their site): the phone asking should register itself. */
public final class DeviceNotRegisteredException extends RuntimeException {
    public DeviceNotRegisteredException() {
        super("no phone registered");
    }
}
