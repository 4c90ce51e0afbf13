package com.gmpgate.dynamodb;

import com.gmpgate.domain.notify.PushSubscription;
import com.gmpgate.port.PushSubscriptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link PushSubscriptions} in PushSubscriptionsTable: the worker's id as partition key, the SHA-256 of the endpoint
 * as sort key (endpoints run to hundreds of characters; the key stays short). A browser that stopped being used
 * leaves its item behind: TTL removes it after {@link #KEEP}, and saving again (each time the app starts with
 * notifications allowed) renews it.
 */
public final class DynamoDbPushSubscriptions implements PushSubscriptions {

    static final Duration KEEP = Duration.ofDays(60);

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbPushSubscriptions(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void save(PushSubscription s) {
        DynamoDbErrors.run("save push subscription", () -> client.putItem(b -> b.tableName(tableName).item(Map.of(
                "workerId", AttributeValue.fromS(s.workerId()),
                "endpointId", AttributeValue.fromS(endpointId(s.endpoint())),
                "siteId", AttributeValue.fromS(s.siteId()),
                "endpoint", AttributeValue.fromS(s.endpoint().toString()),
                "p256dh", AttributeValue.fromS(s.p256dh()),
                "auth", AttributeValue.fromS(s.auth()),
                "subscribedAt", AttributeValue.fromS(Times.format(s.subscribedAt())),
                "ttl", AttributeValue.fromN(Long.toString(Times.ttl(s.subscribedAt(), KEEP)))))));
    }

    @Override
    public List<PushSubscription> ofWorker(String workerId) {
        List<PushSubscription> subscriptions = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbErrors.call("list push subscriptions", () -> client.query(b -> b
                    .tableName(tableName)
                    .keyConditionExpression("workerId = :worker")
                    .expressionAttributeValues(Map.of(":worker", AttributeValue.fromS(workerId)))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> subscriptions.add(new PushSubscription(workerId, item.get("siteId").s(),
                    URI.create(item.get("endpoint").s()), item.get("p256dh").s(), item.get("auth").s(),
                    Times.parse(item.get("subscribedAt").s()))));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return subscriptions;
    }

    @Override
    public void remove(String workerId, URI endpoint) {
        DynamoDbErrors.run("remove push subscription", () -> client.deleteItem(b -> b.tableName(tableName).key(Map.of(
                "workerId", AttributeValue.fromS(workerId),
                "endpointId", AttributeValue.fromS(endpointId(endpoint))))));
    }

    static String endpointId(URI endpoint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(endpoint.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
