package com.gmpgate.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** NotificationsTable's generic keys ({@code pk}, {@code sk}), shared by the item kinds it holds. */
final class NotificationKeys {

    /** The sort key of kinds with one item per partition. */
    static final String ONE = "-";

    private NotificationKeys() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }
}
