package com.gmpgate.records;

import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.s3.S3Settings;

/** Every environment variable records-service reads, in one place. template.yaml sets them; local-api too. */
public final class RecordsEnvironment {

    public static final String AUDIT_TABLE = DynamoDbSettings.AUDIT_TABLE;
    public static final String CHECKLISTS_TABLE = DynamoDbSettings.CHECKLISTS_TABLE;
    public static final String USERS_TABLE = DynamoDbSettings.USERS_TABLE;
    /** Read only: the revoked passes and the guards' signed entries whose signatures the audit page checks. */
    public static final String PASSES_TABLE = DynamoDbSettings.PASSES_TABLE;
    public static final String ACCESS_LOGS_TABLE = DynamoDbSettings.ACCESS_LOGS_TABLE;
    public static final String CURSOR_SECRET = DynamoDbSettings.CURSOR_SECRET;
    /** The plants' time zone: the site day of a sheet, the times printed on it; default Asia/Seoul. */
    public static final String SITE_TIME_ZONE = DynamoDbSettings.SITE_TIME_ZONE;
    /** The archive job only: where each closed day's PDF goes (under {@code daily-sheets/}). */
    public static final String BACKUPS_BUCKET = "BACKUPS_BUCKET";
    public static final String S3_ENDPOINT = S3Settings.ENDPOINT;

    private RecordsEnvironment() {
    }
}
