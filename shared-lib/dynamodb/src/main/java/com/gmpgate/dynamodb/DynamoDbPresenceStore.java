package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.gate.Presence;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import com.gmpgate.port.PresenceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Presence in PresenceTable, one item per (site, worker). IN and OUT are each one conditional
 * UpdateItem on that item, so DynamoDB itself serialises concurrent scans: of many simultaneous IN
 * scans exactly one finds the worker outside. {@code insideSiteId} exists only while the worker is
 * inside, which makes the {@code insideBySite} index hold exactly the people inside.
 *
 * <p>{@code inScanId} / {@code outScanId} name the scans that made the last IN and OUT; the conditions refuse
 * to apply the same scan twice, and a refused call that finds its own scan id there reports success, so a
 * scan moves a worker at most once however often it is retried.
 *
 * <p>{@code lastAt} is the scan time of the last scan that moved the worker or was refused for anti-passback;
 * every move is conditional on {@code lastAt <= :at}, and a refusal first advances it (conditionally too), so
 * presence moves only forward in scan time: an offline scan synced after a later one changes nothing
 * ({@link PresenceOutOfOrderException}), whatever the order and concurrency of the syncs. Items written before
 * {@code lastAt} existed have none and take any scan.
 */
public final class DynamoDbPresenceStore implements PresenceStore {

    static final String INDEX_INSIDE = "insideBySite";
    /** A worker who never scans again (left the company) is forgotten after this. */
    static final Duration FORGET_AFTER = Duration.ofDays(400);

    static final TableSchema<PresenceItem> SCHEMA = StaticTableSchema.builder(PresenceItem.class)
            .newItemSupplier(PresenceItem::new)
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v)
                    .tags(primarySortKey()))
            .addAttribute(Boolean.class, a -> a.name("inside").getter(i -> i.inside).setter((i, v) -> i.inside = v))
            .addAttribute(String.class, a -> a.name("insideSiteId").getter(i -> i.insideSiteId)
                    .setter((i, v) -> i.insideSiteId = v).tags(secondaryPartitionKey(INDEX_INSIDE)))
            .addAttribute(String.class, a -> a.name("since").getter(i -> i.since).setter((i, v) -> i.since = v)
                    .tags(secondarySortKey(INDEX_INSIDE)))
            .addAttribute(String.class, a -> a.name("gateId").getter(i -> i.gateId).setter((i, v) -> i.gateId = v))
            .addAttribute(String.class, a -> a.name("passId").getter(i -> i.passId).setter((i, v) -> i.passId = v))
            .addAttribute(AttributeValue.class, a -> a.name("conditions").getter(i -> i.conditions)
                    .setter((i, v) -> i.conditions = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name("inScanId").getter(i -> i.inScanId).setter((i, v) -> i.inScanId = v))
            .addAttribute(String.class, a -> a.name("outScanId").getter(i -> i.outScanId)
                    .setter((i, v) -> i.outScanId = v))
            .addAttribute(String.class, a -> a.name("exitedAt").getter(i -> i.exitedAt).setter((i, v) -> i.exitedAt = v))
            .addAttribute(String.class, a -> a.name("exitGateId").getter(i -> i.exitGateId)
                    .setter((i, v) -> i.exitGateId = v))
            .addAttribute(String.class, a -> a.name("lastAt").getter(i -> i.lastAt).setter((i, v) -> i.lastAt = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();
    /** No scan later than this one has moved or confirmed the worker. */
    private static final String IN_ORDER = "(attribute_not_exists(lastAt) OR lastAt <= :at)";

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<PresenceItem> table;
    private final DynamoDbIndex<PresenceItem> inside;

    public DynamoDbPresenceStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.inside = table.index(INDEX_INSIDE);
    }

    @Override
    public Presence enter(String siteId, String workerId, String gateId, String passId, String scanId, Instant at,
            List<Condition> conditions) {
        // with their words, as the pass's record has them; an empty list for a pass without any
        AttributeValue words = DomainAttributes.conditions(conditions);
        for (int attempt = 0; ; attempt++) {
            Map<String, AttributeValue> updated = DynamoDbErrors.call("enter", () -> {
                try {
                    return client.updateItem(b -> b.tableName(tableName)
                            .key(key(siteId, workerId))
                            .updateExpression("SET inside = :true, insideSiteId = :site, since = :at, gateId = :gate,"
                                    + " passId = :pass, conditions = :cnd, inScanId = :scan, lastAt = :at, #ttl = :ttl")
                            .conditionExpression("(attribute_not_exists(inside) OR inside = :false)"
                                    + " AND (attribute_not_exists(inScanId) OR inScanId <> :scan) AND " + IN_ORDER)
                            .expressionAttributeNames(Map.of("#ttl", "ttl"))
                            .expressionAttributeValues(Map.of(
                                    ":true", AttributeValue.fromBool(true),
                                    ":false", AttributeValue.fromBool(false),
                                    ":site", AttributeValue.fromS(siteId),
                                    ":at", AttributeValue.fromS(Times.format(at)),
                                    ":gate", AttributeValue.fromS(gateId),
                                    ":pass", AttributeValue.fromS(passId),
                                    ":cnd", words,
                                    ":scan", AttributeValue.fromS(scanId),
                                    ":ttl", AttributeValue.fromN(Long.toString(Times.ttl(at, FORGET_AFTER)))))
                            .returnValues(ReturnValue.ALL_NEW)).attributes();
                } catch (ConditionalCheckFailedException e) {
                    return null;
                }
            });
            if (updated != null) {
                return toPresence(SCHEMA.mapToItem(updated));
            }
            PresenceItem current = read(siteId, workerId);
            if (current != null && scanId.equals(current.inScanId)) {
                return toPresence(current); // this scan already brought the worker in
            }
            requireInOrder(current, at);
            if (current != null && Boolean.TRUE.equals(current.inside) && confirm(siteId, workerId, true, at)) {
                throw new PresenceConflictException(true);
            }
            // the worker left, or a later scan came, between the update and the read: try again
            giveUpAfter(attempt, "enter");
        }
    }

    @Override
    public Presence exit(String siteId, String workerId, String gateId, String scanId, Instant at) {
        for (int attempt = 0; ; attempt++) {
            Map<String, AttributeValue> before = DynamoDbErrors.call("exit", () -> {
                try {
                    return client.updateItem(b -> b.tableName(tableName)
                            .key(key(siteId, workerId))
                            .updateExpression("SET inside = :false, exitedAt = :at, exitGateId = :gate,"
                                    + " outScanId = :scan, lastAt = :at, #ttl = :ttl REMOVE insideSiteId")
                            .conditionExpression("inside = :true"
                                    + " AND (attribute_not_exists(outScanId) OR outScanId <> :scan) AND " + IN_ORDER)
                            .expressionAttributeNames(Map.of("#ttl", "ttl"))
                            .expressionAttributeValues(Map.of(
                                    ":true", AttributeValue.fromBool(true),
                                    ":false", AttributeValue.fromBool(false),
                                    ":at", AttributeValue.fromS(Times.format(at)),
                                    ":gate", AttributeValue.fromS(gateId),
                                    ":scan", AttributeValue.fromS(scanId),
                                    ":ttl", AttributeValue.fromN(Long.toString(Times.ttl(at, FORGET_AFTER)))))
                            .returnValues(ReturnValue.ALL_OLD)).attributes();
                } catch (ConditionalCheckFailedException e) {
                    return null;
                }
            });
            if (before != null) {
                return toPresence(SCHEMA.mapToItem(before));
            }
            PresenceItem current = read(siteId, workerId);
            if (current != null && scanId.equals(current.outScanId)) {
                return toPresence(current); // this scan already let the worker out
            }
            requireInOrder(current, at);
            if ((current == null || !Boolean.TRUE.equals(current.inside)) && confirm(siteId, workerId, false, at)) {
                throw new PresenceConflictException(false);
            }
            // the worker came in, or a later scan came, between the update and the read: try again
            giveUpAfter(attempt, "exit");
        }
    }

    private static void requireInOrder(PresenceItem current, Instant at) {
        if (current != null && current.lastAt != null && current.lastAt.compareTo(Times.format(at)) > 0) {
            throw new PresenceOutOfOrderException();
        }
    }

    /**
     * An anti-passback refusal at {@code at} confirms where the worker is as of then: it advances {@code lastAt},
     * so an older scan synced afterwards cannot move them past it. Conditional on the worker still being where
     * the refusal found them and on no later scan; false when that changed meanwhile (the caller looks again). A
     * worker never seen before gets an item that says outside.
     */
    private boolean confirm(String siteId, String workerId, boolean inside, Instant at) {
        return DynamoDbErrors.call("confirm presence", () -> {
            try {
                client.updateItem(b -> b.tableName(tableName)
                        .key(key(siteId, workerId))
                        .updateExpression("SET lastAt = :at, inside = if_not_exists(inside, :false),"
                                + " #ttl = if_not_exists(#ttl, :ttl)")
                        .conditionExpression((inside ? "inside = :true" : "(attribute_not_exists(inside) OR inside = :false)")
                                + " AND " + IN_ORDER)
                        .expressionAttributeNames(Map.of("#ttl", "ttl"))
                        .expressionAttributeValues(confirmValues(inside, at)));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    private static Map<String, AttributeValue> confirmValues(boolean inside, Instant at) {
        Map<String, AttributeValue> values = new java.util.HashMap<>();
        values.put(":false", AttributeValue.fromBool(false));
        values.put(":at", AttributeValue.fromS(Times.format(at)));
        values.put(":ttl", AttributeValue.fromN(Long.toString(Times.ttl(at, FORGET_AFTER))));
        if (inside) {
            values.put(":true", AttributeValue.fromBool(true)); // DynamoDB refuses values an expression does not use
        }
        return values;
    }

    private PresenceItem read(String siteId, String workerId) {
        return DynamoDbErrors.call("find presence", () -> table.getItem(r -> r
                .key(Key.builder().partitionValue(siteId).sortValue(workerId).build()).consistentRead(true)));
    }

    /**
     * Each retry means another scan of the same worker won a race, so some scan always gets through; an offline
     * gate syncing a queue of one worker's scans while others scan them online is the most that is expected.
     */
    private static void giveUpAfter(int attempt, String what) {
        if (attempt >= 9) {
            throw new ConflictException(what + ": the presence item keeps changing");
        }
    }

    @Override
    public Optional<Presence> find(String siteId, String workerId) {
        return Optional.ofNullable(read(siteId, workerId))
                .filter(item -> Boolean.TRUE.equals(item.inside))
                .map(DynamoDbPresenceStore::toPresence);
    }

    @Override
    public List<Presence> listInside(String siteId) {
        return DynamoDbErrors.call("list presence", () -> {
            List<Presence> result = new ArrayList<>();
            inside.query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(siteId))))
                    .forEach(page -> page.items().forEach(item -> result.add(toPresence(item))));
            return result;
        });
    }

    private static Map<String, AttributeValue> key(String siteId, String workerId) {
        return Map.of("siteId", AttributeValue.fromS(siteId), "workerId", AttributeValue.fromS(workerId));
    }

    private static Presence toPresence(PresenceItem item) {
        return new Presence(item.siteId, item.workerId, Times.parse(item.since), item.gateId, item.passId,
                item.conditions == null ? List.of() : DomainAttributes.conditions(item.conditions));
    }

    /** The stored form of a worker's presence; never leaves this adapter. */
    static final class PresenceItem {
        String siteId;
        String workerId;
        Boolean inside;
        String insideSiteId;
        String since;
        String gateId;
        String passId;
        /** The pass's conditions with their words (absent on items written before they were kept). */
        AttributeValue conditions;
        /** The scan that last brought the worker in, and the one that last let them out. */
        String inScanId;
        String outScanId;
        String exitedAt;
        String exitGateId;
        /** Scan time of the last scan that moved or confirmed the worker: older ones change nothing. */
        String lastAt;
        Long ttl;
    }
}
