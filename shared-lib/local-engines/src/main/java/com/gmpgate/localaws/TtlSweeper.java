package com.gmpgate.localaws;

import com.gmpgate.template.TableDefinition;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * DynamoDB's TTL for the local engine: dynalite has none, so expired items would live for ever on a developer's
 * machine and the retention could never be seen. This deletes, from every template table with a TTL attribute, the
 * items whose TTL (epoch seconds) is at or before {@code now} — what DynamoDB does within a day or two of expiry.
 */
public final class TtlSweeper {

    private final DynamoDbClient client;
    private final List<TableDefinition> tables;
    private final UnaryOperator<String> tableName;

    public TtlSweeper(DynamoDbClient client, List<TableDefinition> tables, UnaryOperator<String> tableName) {
        this.client = client;
        this.tables = tables.stream().filter(t -> t.ttlAttribute().isPresent()).toList();
        this.tableName = tableName;
    }

    /** @return how many items were deleted */
    public int sweep(Instant now) {
        int deleted = 0;
        for (TableDefinition table : tables) {
            String name = tableName.apply(table.logicalId());
            String ttl = table.ttlAttribute().orElseThrow();
            List<String> keys = client.describeTable(b -> b.tableName(name)).table().keySchema().stream()
                    .map(KeySchemaElement::attributeName).toList();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                var page = client.scan(b -> {
                    b.tableName(name).filterExpression("#ttl <= :now")
                            .expressionAttributeNames(Map.of("#ttl", ttl))
                            .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(
                                    Long.toString(now.getEpochSecond()))));
                    if (from != null) {
                        b.exclusiveStartKey(from);
                    }
                });
                for (Map<String, AttributeValue> item : page.items()) {
                    Map<String, AttributeValue> key = new HashMap<>();
                    keys.forEach(k -> key.put(k, item.get(k)));
                    client.deleteItem(b -> b.tableName(name).key(key));
                    deleted++;
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
        return deleted;
    }
}
