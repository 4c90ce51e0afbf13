package com.gmpgate.dynamodb;

import com.gmpgate.aws.LambdaClients;
import com.gmpgate.domain.retention.Retention;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables the DynamoDB adapters read: named here once, read once per execution
 * environment. A table's variable is required only by a function that builds that table's store, and a
 * missing one fails at start with its name. template.yaml sets them (e.g. {@code USERS_TABLE: !Ref UsersTable});
 * local-api sets the same names.
 */
public final class DynamoDbSettings {

    public static final String REGION = LambdaClients.REGION;
    /** Set only locally (dynalite) or against LocalStack; unset in AWS. */
    public static final String ENDPOINT = "GMP_DYNAMODB_ENDPOINT";
    public static final String ACCESS_KEY_ID = LambdaClients.ACCESS_KEY_ID;
    public static final String SECRET_ACCESS_KEY = LambdaClients.SECRET_ACCESS_KEY;
    public static final String SESSION_TOKEN = LambdaClients.SESSION_TOKEN;

    public static final String USERS_TABLE = "USERS_TABLE";
    public static final String SESSIONS_TABLE = "SESSIONS_TABLE";
    /** The audit trail: user administration, signed decisions (append-only). */
    public static final String AUDIT_TABLE = "AUDIT_TABLE";
    public static final String CHECKLISTS_TABLE = "CHECKLISTS_TABLE";
    public static final String ANALYSES_TABLE = "ANALYSES_TABLE";
    public static final String PASSES_TABLE = "PASSES_TABLE";
    public static final String ACCESS_LOGS_TABLE = "ACCESS_LOGS_TABLE";
    public static final String PRESENCE_TABLE = "PRESENCE_TABLE";
    /** notification-service: delivery ledger (idempotency) and the outbreak watch. */
    public static final String NOTIFICATIONS_TABLE = "NOTIFICATIONS_TABLE";
    /** notification-service: the admin apps' open sockets (WebSocket connections). */
    public static final String LIVE_CONNECTIONS_TABLE = "LIVE_CONNECTIONS_TABLE";
    /** notification-service: the workers' browsers that allowed notifications (Web Push). */
    public static final String PUSH_SUBSCRIPTIONS_TABLE = "PUSH_SUBSCRIPTIONS_TABLE";
    /** ai-service: per-worker daily counters (upload grants). */
    public static final String QUOTAS_TABLE = "QUOTAS_TABLE";
    public static final String WORKER_DAYS_TABLE = "WORKER_DAYS_TABLE";

    /** Signs paging cursors (HMAC-SHA256); at least 32 characters. Required by stores that list. */
    public static final String CURSOR_SECRET = "GMP_CURSOR_SECRET";
    /** The plants' time zone, for the site date of an analysis; default Asia/Seoul. */
    public static final String SITE_TIME_ZONE = "GMP_SITE_TIME_ZONE";
    /** Days raw answers and photo analyses are kept (template parameter ImageRetentionDays; default 30). */
    public static final String ANSWER_RETENTION_DAYS = "GMP_IMAGE_RETENTION_DAYS";
    /** A site's own answer retention, {@code site=days,...} (template parameter SiteAnswerRetentionDays). */
    public static final String SITE_ANSWER_RETENTION_DAYS = "GMP_SITE_ANSWER_RETENTION_DAYS";
    /** Days the verdict record, the audit trail and the gate log are kept (RecordRetentionDays; default 730). */
    public static final String RECORD_RETENTION_DAYS = "GMP_RECORD_RETENTION_DAYS";

    private final Map<String, String> values;

    private DynamoDbSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static DynamoDbSettings of(Map<String, String> values) {
        return new DynamoDbSettings(values);
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new MissingSettingException(name);
        }
        return value;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * What is kept how long, from the deployment's settings.
     *
     * @throws IllegalArgumentException when one is malformed (at start, with its meaning)
     */
    public Retention retention() {
        return Retention.parse(optional(ANSWER_RETENTION_DAYS), optional(SITE_ANSWER_RETENTION_DAYS),
                optional(RECORD_RETENTION_DAYS));
    }

    /** A required environment variable is not set. */
    public static final class MissingSettingException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public MissingSettingException(String name) {
            super("environment variable " + name + " is not set");
        }
    }
}
