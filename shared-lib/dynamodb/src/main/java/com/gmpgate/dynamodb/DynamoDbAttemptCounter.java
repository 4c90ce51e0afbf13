package com.gmpgate.dynamodb;

import com.gmpgate.port.AttemptCounter;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Counters as {@code ATTEMPTS#<key>} items of a table with a {@code ttl} attribute (SessionsTable): one atomic
 * {@code ADD} per increment, so concurrent logins on any number of Lambda instances all count. TTL deletes old
 * windows eventually (dynalite never does; the keys carry their window, so a stale item is never read again).
 */
public final class DynamoDbAttemptCounter implements AttemptCounter {

    private static final String PREFIX = "ATTEMPTS#";

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbAttemptCounter(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public long increment(String key, Instant expiresAt) {
        return DynamoDbErrors.call("count attempt", () -> Long.parseLong(client.updateItem(b -> b
                .tableName(tableName)
                .key(key(key))
                .updateExpression("ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl)")
                .expressionAttributeNames(Map.of("#count", "attempts", "#ttl", "ttl"))
                .expressionAttributeValues(Map.of(
                        ":one", AttributeValue.fromN("1"),
                        ":ttl", AttributeValue.fromN(Long.toString(Times.ttl(expiresAt)))))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("attempts").n()));
    }

    @Override
    public long count(String key) {
        return DynamoDbErrors.call("read attempts", () -> {
            var item = client.getItem(b -> b.tableName(tableName).key(key(key)).consistentRead(true)).item();
            return item == null || !item.containsKey("attempts") ? 0L : Long.parseLong(item.get("attempts").n());
        });
    }

    @Override
    public void reset(String key) {
        DynamoDbErrors.run("reset attempts", () -> client.deleteItem(b -> b.tableName(tableName).key(key(key))));
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of("pk", AttributeValue.fromS(PREFIX + key));
    }
}
