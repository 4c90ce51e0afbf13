package com.gmpgate.credentials;

/** A re-entered password that is not the signer's (or a signer who is gone or disabled). */
public final class PasswordMismatchException extends CredentialException {
    public PasswordMismatchException() {
        super("PasswordMismatch");
    }
}
