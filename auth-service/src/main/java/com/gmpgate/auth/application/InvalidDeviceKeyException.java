package com.gmpgate.auth.application;

/** The public key sent is not an EC P-256 point (32-byte base64url coordinates on the curve). */
public final class InvalidDeviceKeyException extends RuntimeException {
    public InvalidDeviceKeyException() {
        super("not a P-256 public key");
    }
}
