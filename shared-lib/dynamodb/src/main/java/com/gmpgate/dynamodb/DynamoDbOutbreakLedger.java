package com.gmpgate.dynamodb;

import com.gmpgate.domain.notify.GastroFail;
import com.gmpgate.port.OutbreakLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link OutbreakLedger} in NotificationsTable. A site's gastro-intestinal FAILs are one partition
 * ({@code GASTRO#<site>}) sorted by time and submission, so the window is one strongly consistent Query; they expire
 * by TTL after {@link #KEEP}. The site's last outbreak alert is one item ({@code OUTBREAK#<site>}) claimed with a
 * conditional put, so when several FAILs arrive at once and each sees three, exactly one sends the alert.
 */
public final class DynamoDbOutbreakLedger implements OutbreakLedger {

    /** Well past the 24 h window, for late deliveries; no longer (it is still health-related data). */
    static final Duration KEEP = Duration.ofDays(3);

    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbOutbreakLedger(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
    }

    @Override
    public void record(GastroFail fail) {
        DynamoDbErrors.run("record gastro-intestinal FAIL", () -> client.putItem(b -> b.tableName(tableName)
                .item(Map.of(
                        "pk", AttributeValue.fromS(gastro(fail.siteId())),
                        "sk", AttributeValue.fromS(Times.format(fail.occurredAt()) + "#" + fail.submissionId()),
                        "submissionId", AttributeValue.fromS(fail.submissionId()),
                        "department", AttributeValue.fromS(fail.department()),
                        "occurredAt", AttributeValue.fromS(Times.format(fail.occurredAt())),
                        "ttl", AttributeValue.fromN(Long.toString(Times.ttl(fail.occurredAt(), KEEP)))))));
    }

    @Override
    public List<GastroFail> between(String siteId, Instant from, Instant to) {
        List<GastroFail> fails = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoDbErrors.call("list gastro-intestinal FAILs", () -> client.query(b -> b
                    .tableName(tableName)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(gastro(siteId)),
                            ":from", AttributeValue.fromS(Times.format(from)),
                            // '~' sorts after '#' and every id character: the whole last instant is included
                            ":to", AttributeValue.fromS(Times.format(to) + "#~")))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> fails.add(new GastroFail(siteId, item.get("submissionId").s(),
                    item.get("department").s(), Times.parse(item.get("occurredAt").s()))));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return fails;
    }

    @Override
    public boolean claimAlert(String siteId, Instant at, Instant quietSince) {
        return DynamoDbErrors.call("claim outbreak alert", () -> {
            try {
                client.putItem(b -> b.tableName(tableName)
                        .item(Map.of(
                                "pk", AttributeValue.fromS(outbreak(siteId)),
                                "sk", AttributeValue.fromS(NotificationKeys.ONE),
                                "alertedAt", AttributeValue.fromS(Times.format(at)),
                                "ttl", AttributeValue.fromN(Long.toString(Times.ttl(at, KEEP)))))
                        .conditionExpression("attribute_not_exists(pk) OR alertedAt < :quietSince")
                        .expressionAttributeValues(Map.of(":quietSince", AttributeValue.fromS(Times.format(quietSince)))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    @Override
    public void releaseAlert(String siteId, Instant at) {
        DynamoDbErrors.call("release outbreak alert", () -> {
            try {
                client.deleteItem(b -> b.tableName(tableName)
                        .key(NotificationKeys.key(outbreak(siteId), NotificationKeys.ONE))
                        .conditionExpression("alertedAt = :at")
                        .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(Times.format(at)))));
            } catch (ConditionalCheckFailedException e) {
                // another claim has replaced it since: leave that one
            }
            return null;
        });
    }

    private static String gastro(String siteId) {
        return "GASTRO#" + siteId;
    }

    private static String outbreak(String siteId) {
        return "OUTBREAK#" + siteId;
    }
}
