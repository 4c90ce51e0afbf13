package com.gmpgate.checklist;

import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.events.EventPublishers;
import com.gmpgate.keys.PassKeys;

/** Every environment variable checklist-service reads, in one place. template.yaml sets them; local-api too. */
public final class ChecklistEnvironment {

    public static final String CHECKLISTS_TABLE = DynamoDbSettings.CHECKLISTS_TABLE;
    public static final String PASSES_TABLE = DynamoDbSettings.PASSES_TABLE;
    /** The reviewers' password hashes, to check the password that signs a decision. */
    public static final String USERS_TABLE = DynamoDbSettings.USERS_TABLE;
    /** The login throttle's counters: a wrong signing password counts toward the same lock as a wrong login. */
    public static final String SESSIONS_TABLE = DynamoDbSettings.SESSIONS_TABLE;
    /** The site's audit trail: each signed decision is appended (PutItem only). */
    public static final String AUDIT_TABLE = DynamoDbSettings.AUDIT_TABLE;
    /** Optional: the header that carries the client's address behind CloudFront (as AuthFunction's). */
    public static final String CLIENT_ADDRESS_HEADER = ClientAddress.HEADER_VARIABLE;
    public static final String ANALYSES_TABLE = DynamoDbSettings.ANALYSES_TABLE;
    public static final String WORKER_DAYS_TABLE = DynamoDbSettings.WORKER_DAYS_TABLE;
    public static final String CURSOR_SECRET = DynamoDbSettings.CURSOR_SECRET;
    /** The plants' time zone (site day of the lockout and the listings); default Asia/Seoul. */
    public static final String SITE_TIME_ZONE = DynamoDbSettings.SITE_TIME_ZONE;
    /** Hours a pass lasts (end of shift); default 12, at most 24. */
    public static final String PASS_TTL_HOURS = "GMP_PASS_TTL_HOURS";
    /**
     * Days the raw health answers are kept; default 30. The same setting as the wound photos' lifetime: answers and
     * photos are the same sensitive data and go together. The verdict record is kept for the record retention.
     */
    public static final String ANSWER_RETENTION_DAYS = "GMP_IMAGE_RETENTION_DAYS";
    /** The rule pack of every site not named in {@link #SITE_RULE_PACKS}; default kr-food-haccp. */
    public static final String RULE_PACK = "GMP_RULE_PACK";
    /** Sites that screen with another pack: {@code site=pack,site=pack}. */
    public static final String SITE_RULE_PACKS = "GMP_SITE_RULE_PACKS";
    /**
     * Pack settings a site changes: {@code site:setting=value,…}, e.g. {@code plant-7:modelClearsMinorWounds=true}
     * (template parameter {@code SitePackSettings}; none by default).
     */
    public static final String SITE_PACK_SETTINGS = "GMP_SITE_PACK_SETTINGS";
    public static final String PASS_KEYS_SECRET = PassKeys.SECRET;
    public static final String EVENT_BUS_NAME = EventPublishers.EVENT_BUS_NAME;
    /** Local only (local-api): keys in a file there, events on the in-process bus. */
    public static final String DATA_DIR = Env.DATA_DIR;

    private ChecklistEnvironment() {
    }
}
