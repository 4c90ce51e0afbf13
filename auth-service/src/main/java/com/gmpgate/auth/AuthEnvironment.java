package com.gmpgate.auth;

import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.keys.KeyRingStore;

/** Every environment variable auth-service reads, in one place. template.yaml sets them; local-api too. */
public final class AuthEnvironment {

    public static final String USERS_TABLE = DynamoDbSettings.USERS_TABLE;
    public static final String SESSIONS_TABLE = DynamoDbSettings.SESSIONS_TABLE;
    /** A user change revokes the user's valid passes. */
    public static final String PASSES_TABLE = DynamoDbSettings.PASSES_TABLE;
    public static final String CURSOR_SECRET = DynamoDbSettings.CURSOR_SECRET;
    /** The site's audit trail: user creation, disabling, role changes and password resets (PutItem only). */
    public static final String AUDIT_TABLE = DynamoDbSettings.AUDIT_TABLE;
    /** Id or ARN of the Secrets Manager secret with the access-token keys (cloud). */
    public static final String ACCESS_TOKEN_KEYS_SECRET = KeyRingStore.ACCESS_TOKEN_KEYS_SECRET;
    /**
     * Local only: with a data directory the keys live in a file there and Secrets Manager is not used. local-api
     * sets it (DESIGN.md §6); Lambda never does.
     */
    public static final String DATA_DIR = Env.DATA_DIR;
    /**
     * Optional: the header that holds the client's address when API Gateway sits behind CloudFront (see
     * {@code com.gmpgate.api.ClientAddress}); without it, the request's sourceIp.
     */
    public static final String CLIENT_ADDRESS_HEADER = com.gmpgate.api.ClientAddress.HEADER_VARIABLE;
    /**
     * Optional: login attempts allowed per client address in five minutes (default
     * {@value com.gmpgate.credentials.LoginThrottle#ADDRESS_LIMIT}).
     */
    public static final String LOGIN_ATTEMPTS_PER_ADDRESS = "GMP_LOGIN_ATTEMPTS_PER_ADDRESS";
    public static final String REGION = KeyRingStore.REGION;

    private AuthEnvironment() {
    }
}
