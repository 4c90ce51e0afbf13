package com.gmpgate.dynamodb;

import com.gmpgate.port.DeliveryLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link DeliveryLedger} in NotificationsTable: one item per key ({@code pk = DELIVERY#<key>}). A claim is one
 * conditional PutItem that succeeds only when no record exists, or when an earlier claim was left in progress past its
 * lease (its Lambda died mid-send); so of any number of concurrent deliveries of one event, one sends. The record
 * expires by TTL once duplicates can no longer arrive (EventBridge and Lambda retry for at most a day).
 */
public final class DynamoDbDeliveryLedger implements DeliveryLedger {

    /** A claim not completed within this is taken to have died (a send takes seconds; the function's timeout is 30 s). */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Longer than the longest redelivery: EventBridge retries 24 h, Lambda's async queue up to 6 h. */
    static final Duration KEEP = Duration.ofDays(2);

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbDeliveryLedger(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public boolean claim(String key, Instant now) {
        return DynamoDbErrors.call("claim delivery", () -> {
            try {
                client.putItem(b -> b.tableName(tableName)
                        .item(Map.of(
                                "pk", AttributeValue.fromS(pk(key)),
                                "sk", AttributeValue.fromS(NotificationKeys.ONE),
                                "status", AttributeValue.fromS(IN_PROGRESS),
                                "leaseUntil", AttributeValue.fromN(Long.toString(now.plus(LEASE).getEpochSecond())),
                                "ttl", AttributeValue.fromN(Long.toString(Times.ttl(now, KEEP)))))
                        .conditionExpression("attribute_not_exists(pk) OR (#status = :inProgress AND leaseUntil < :now)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":inProgress", AttributeValue.fromS(IN_PROGRESS),
                                ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    @Override
    public void complete(String key, Instant now) {
        DynamoDbErrors.run("complete delivery", () -> client.updateItem(b -> b.tableName(tableName)
                .key(NotificationKeys.key(pk(key), NotificationKeys.ONE))
                .updateExpression("SET #status = :completed REMOVE leaseUntil")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":completed", AttributeValue.fromS(COMPLETED)))));
    }

    @Override
    public void release(String key) {
        DynamoDbErrors.run("release delivery", () -> client.deleteItem(b -> b.tableName(tableName)
                .key(NotificationKeys.key(pk(key), NotificationKeys.ONE))
                .conditionExpression("#status = :inProgress")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":inProgress", AttributeValue.fromS(IN_PROGRESS)))));
    }

    private static String pk(String key) {
        return "DELIVERY#" + key;
    }
}
