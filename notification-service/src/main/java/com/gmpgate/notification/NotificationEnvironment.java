package com.gmpgate.notification;

import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.messaging.Messaging;

/** Every environment variable notification-service reads, in one place. template.yaml sets them; local-api too. */
public final class NotificationEnvironment {

    /** Delivery ledger (one alert per event) and the outbreak watch. */
    public static final String NOTIFICATIONS_TABLE = DynamoDbSettings.NOTIFICATIONS_TABLE;
    /** Read only, and only the department (outbreak alerts name departments). */
    public static final String USERS_TABLE = DynamoDbSettings.USERS_TABLE;
    public static final String ALERT_TOPIC_ARN = Messaging.ALERT_TOPIC_ARN;
    /** Where the admin app is ({@code https://…/admin/}): alerts link to the case there. */
    public static final String ADMIN_APP_URL = "GMP_ADMIN_APP_URL";
    /** Local only (local-api): alerts go to the outbox in the data dir. */
    public static final String DATA_DIR = Env.DATA_DIR;

    private NotificationEnvironment() {
    }
}
