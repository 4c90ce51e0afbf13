package com.gmpgate.localaws;

/** The one key pair the local engines accept (S3Proxy checks signatures; dynalite ignores them). */
public final class LocalCredentials {
    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local-secret";
    /** S3Proxy refuses other location constraints. */
    public static final String REGION = "us-east-1";

    private LocalCredentials() {
    }
}
