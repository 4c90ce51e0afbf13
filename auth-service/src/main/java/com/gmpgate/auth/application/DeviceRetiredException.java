package com.gmpgate.auth.application;

/** The phone asking is no longer the worker's registered phone: another phone registered since retired it. */
public final class DeviceRetiredException extends RuntimeException {
    public DeviceRetiredException() {
        super("another phone is registered");
    }
}
