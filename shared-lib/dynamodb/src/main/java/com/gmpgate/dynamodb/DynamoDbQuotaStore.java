package com.gmpgate.dynamodb;

import com.gmpgate.port.QuotaStore;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Quotas in QuotasTable: one item per quota id, {@code used} counted up by a single conditional UpdateItem that
 * fails once the limit is reached — no read first, so concurrent requests cannot overshoot. The item expires by TTL
 * after its period.
 */
public final class DynamoDbQuotaStore implements QuotaStore {

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbQuotaStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public boolean tryTake(String quotaId, int limit, Instant expiresAt) {
        if (limit < 1) {
            return false;
        }
        return DynamoDbErrors.call("take quota", () -> {
            try {
                client.updateItem(b -> b.tableName(tableName)
                        .key(Map.of("quotaId", AttributeValue.fromS(quotaId)))
                        .updateExpression("ADD used :one SET #ttl = :ttl")
                        .conditionExpression("attribute_not_exists(used) OR used < :limit")
                        .expressionAttributeNames(Map.of("#ttl", "ttl"))
                        .expressionAttributeValues(Map.of(
                                ":one", AttributeValue.fromN("1"),
                                ":limit", AttributeValue.fromN(Integer.toString(limit)),
                                ":ttl", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }
}
