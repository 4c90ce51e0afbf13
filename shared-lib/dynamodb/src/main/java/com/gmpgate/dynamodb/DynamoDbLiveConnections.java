package com.gmpgate.dynamodb;

import com.gmpgate.domain.notify.LiveConnection;
import com.gmpgate.port.LiveConnections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link LiveConnections} in LiveConnectionsTable: one item per connection id, the {@code bySite} index for the
 * fan-out. API Gateway closes a WebSocket after 2 hours at most, and a missed $disconnect must not leave the item
 * behind: TTL removes it a little after that.
 */
public final class DynamoDbLiveConnections implements LiveConnections {

    static final String INDEX_BY_SITE = "bySite";
    /** API Gateway's maximum connection duration (2 h), plus a margin. */
    static final Duration KEEP = Duration.ofHours(3);

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbLiveConnections(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void add(LiveConnection connection) {
        DynamoDbErrors.run("add live connection", () -> client.putItem(b -> b.tableName(tableName).item(Map.of(
                "connectionId", AttributeValue.fromS(connection.connectionId()),
                "siteId", AttributeValue.fromS(connection.siteId()),
                "userId", AttributeValue.fromS(connection.userId()),
                "connectedAt", AttributeValue.fromS(Times.format(connection.connectedAt())),
                "ttl", AttributeValue.fromN(Long.toString(Times.ttl(connection.connectedAt(), KEEP)))))));
    }

    @Override
    public void remove(String connectionId) {
        DynamoDbErrors.run("remove live connection", () -> client.deleteItem(b -> b.tableName(tableName)
                .key(Map.of("connectionId", AttributeValue.fromS(connectionId)))));
    }

    @Override
    public List<LiveConnection> ofSite(String siteId) {
        List<LiveConnection> connections = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbErrors.call("list live connections", () -> client.query(b -> b
                    .tableName(tableName).indexName(INDEX_BY_SITE)
                    .keyConditionExpression("siteId = :site")
                    .expressionAttributeValues(Map.of(":site", AttributeValue.fromS(siteId)))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> connections.add(new LiveConnection(item.get("connectionId").s(), siteId,
                    item.get("userId").s(), Times.parse(item.get("connectedAt").s()))));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return connections;
    }
}
