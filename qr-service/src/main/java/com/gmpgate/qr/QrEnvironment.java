package com.gmpgate.qr;

import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.events.EventPublishers;
import com.gmpgate.keys.PassKeys;

/** Every environment variable qr-service reads, in one place. template.yaml sets them; local-api too. */
public final class QrEnvironment {

    public static final String PASSES_TABLE = DynamoDbSettings.PASSES_TABLE;
    public static final String PRESENCE_TABLE = DynamoDbSettings.PRESENCE_TABLE;
    public static final String ACCESS_LOGS_TABLE = DynamoDbSettings.ACCESS_LOGS_TABLE;
    public static final String USERS_TABLE = DynamoDbSettings.USERS_TABLE;
    public static final String WORKER_DAYS_TABLE = DynamoDbSettings.WORKER_DAYS_TABLE;
    /** The login throttle's counters: a wrong signing password counts toward the login lock. */
    public static final String SESSIONS_TABLE = DynamoDbSettings.SESSIONS_TABLE;
    /** The append-only audit trail, where each signed revocation, manual entry and correction is kept. */
    public static final String AUDIT_TABLE = DynamoDbSettings.AUDIT_TABLE;
    /** The plants' time zone, for the site date of a log entry; default Asia/Seoul. */
    public static final String SITE_TIME_ZONE = DynamoDbSettings.SITE_TIME_ZONE;
    /** Sites whose gates still take static passes (comma-separated; template parameter StaticPassSites). */
    public static final String STATIC_PASS_SITES = com.gmpgate.gate.StaticPasses.VARIABLE;
    /** The pass-signing keys (shared-keys): the secret in AWS, the data directory locally. */
    public static final String PASS_KEYS_SECRET = PassKeys.SECRET;
    public static final String DATA_DIR = PassKeys.DATA_DIR;
    /** The stack's event bus, where each gate scan is announced (the admins' live screens). */
    public static final String EVENT_BUS_NAME = EventPublishers.EVENT_BUS_NAME;

    private QrEnvironment() {
    }
}
