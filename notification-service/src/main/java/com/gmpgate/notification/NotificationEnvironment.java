package com.gmpgate.notification;

import com.gmpgate.api.Env;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.keys.VapidKeys;
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
    /** The workers' browsers that allowed notifications (Web Push). */
    public static final String PUSH_SUBSCRIPTIONS_TABLE = DynamoDbSettings.PUSH_SUBSCRIPTIONS_TABLE;
    /** The Web Push application-server key (VAPID): its Secrets Manager secret in AWS. */
    public static final String VAPID_KEYS_SECRET = VapidKeys.SECRET;
    /** Who sends the pushes, for the push services' operators (RFC 8292 {@code sub}): the admin app's https URL. */
    public static final String VAPID_SUBJECT = "GMP_VAPID_SUBJECT";
    /** Local only (local-api): alerts go to the outbox in the data dir. */
    public static final String DATA_DIR = Env.DATA_DIR;

    private NotificationEnvironment() {
    }
}
