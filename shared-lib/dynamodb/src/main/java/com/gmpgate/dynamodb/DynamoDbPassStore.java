package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.PassStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** QR passes in PassesTable; the gate reads them by id (strongly consistent), the PWA the newest by worker. */
public final class DynamoDbPassStore implements PassStore {

    /** Access log entries refer to passes: keep them as long as the log. */
    public static final Duration RECORD_RETENTION = Duration.ofDays(730);
    static final String INDEX_BY_WORKER = "byWorker";

    static final TableSchema<PassItem> SCHEMA = StaticTableSchema.builder(PassItem.class)
            .newItemSupplier(PassItem::new)
            .addAttribute(String.class, a -> a.name("passId").getter(i -> i.passId).setter((i, v) -> i.passId = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v)
                    .tags(secondaryPartitionKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("issuedAt").getter(i -> i.issuedAt).setter((i, v) -> i.issuedAt = v)
                    .tags(secondarySortKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("submissionId").getter(i -> i.submissionId)
                    .setter((i, v) -> i.submissionId = v))
            .addAttribute(String.class, a -> a.name("verdict").getter(i -> i.verdict).setter((i, v) -> i.verdict = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("conditionCodes").getter(i -> i.conditionCodes)
                    .setter((i, v) -> i.conditionCodes = v))
            .addAttribute(AttributeValue.class, a -> a.name("conditions").getter(i -> i.conditions)
                    .setter((i, v) -> i.conditions = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("zones").getter(i -> i.zones)
                    .setter((i, v) -> i.zones = v))
            .addAttribute(String.class, a -> a.name("token").getter(i -> i.token).setter((i, v) -> i.token = v))
            .addAttribute(String.class, a -> a.name("expiresAt").getter(i -> i.expiresAt).setter((i, v) -> i.expiresAt = v))
            .addAttribute(String.class, a -> a.name("revokedAt").getter(i -> i.revokedAt).setter((i, v) -> i.revokedAt = v))
            .addAttribute(String.class, a -> a.name("revokedReason").getter(i -> i.revokedReason)
                    .setter((i, v) -> i.revokedReason = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<PassItem> table;
    private final DynamoDbIndex<PassItem> byWorker;

    public DynamoDbPassStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.byWorker = table.index(INDEX_BY_WORKER);
    }

    @Override
    public void create(Pass pass) {
        DynamoDbErrors.run("create pass", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(PassItem.class).item(toItem(pass))
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(passId)").build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                throw new ConflictException("pass " + pass.id() + " already exists");
            }
        });
    }

    @Override
    public Optional<Pass> findById(String passId) {
        return DynamoDbErrors.call("find pass", () -> Optional.ofNullable(table.getItem(r -> r
                .key(Key.builder().partitionValue(passId).build()).consistentRead(true))).map(DynamoDbPassStore::toPass));
    }

    @Override
    public Optional<Pass> findCurrentForWorker(String workerId, Instant now) {
        String at = Times.format(now);
        // newest first, and only passes issued by now; the filter drops expired and revoked ones
        return DynamoDbErrors.call("find current pass", () -> byWorker.query(r -> r
                        .queryConditional(QueryConditional.sortLessThanOrEqualTo(k -> k.partitionValue(workerId).sortValue(at)))
                        .scanIndexForward(false)
                        .limit(10)
                        .filterExpression(Expression.builder()
                                .expression("expiresAt > :now AND attribute_not_exists(revokedAt)")
                                .putExpressionValue(":now", AttributeValue.fromS(at))
                                .build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .findFirst()
                .map(DynamoDbPassStore::toPass));
    }

    @Override
    public List<Pass> issuedToWorkerSince(String workerId, Instant since) {
        // the byWorker index, oldest first from `since`: a worker has a handful of passes a day
        return DynamoDbErrors.call("list worker's passes", () -> byWorker.query(r -> r
                        .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(
                                k -> k.partitionValue(workerId).sortValue(Times.format(since)))))
                .stream()
                .flatMap(page -> page.items().stream())
                .map(DynamoDbPassStore::toPass)
                .toList());
    }

    @Override
    public Optional<Pass> revoke(String passId, String reason, Instant at) {
        return DynamoDbErrors.call("revoke pass", () -> {
            try {
                // if_not_exists: the first revocation (its time and reason) is the one on record
                Map<String, AttributeValue> revoked = client.updateItem(b -> b.tableName(tableName)
                        .key(Map.of("passId", AttributeValue.fromS(passId)))
                        .updateExpression("SET revokedAt = if_not_exists(revokedAt, :at),"
                                + " revokedReason = if_not_exists(revokedReason, :reason)")
                        .conditionExpression("attribute_exists(passId)")
                        .expressionAttributeValues(Map.of(
                                ":at", AttributeValue.fromS(Times.format(at)),
                                ":reason", AttributeValue.fromS(reason)))
                        .returnValues(ReturnValue.ALL_NEW)).attributes();
                return Optional.of(toPass(SCHEMA.mapToItem(revoked)));
            } catch (ConditionalCheckFailedException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public List<Pass> revokeAllOfWorker(String workerId, String reason, Instant at) {
        String from = Times.format(at.minus(MAX_LIFETIME));
        List<String> valid = DynamoDbErrors.call("find valid passes", () -> byWorker.query(r -> r
                        .queryConditional(QueryConditional.sortGreaterThanOrEqualTo(k -> k.partitionValue(workerId)
                                .sortValue(from)))
                        .filterExpression(Expression.builder()
                                .expression("expiresAt > :now AND attribute_not_exists(revokedAt)")
                                .putExpressionValue(":now", AttributeValue.fromS(Times.format(at)))
                                .build()))
                .stream()
                .flatMap(page -> page.items().stream())
                .map(item -> item.passId)
                .toList());
        List<Pass> revoked = new java.util.ArrayList<>();
        for (String passId : valid) {
            revoke(passId, reason, at).ifPresent(revoked::add);
        }
        return revoked;
    }

    static PassItem toItem(Pass p) {
        PassItem item = new PassItem();
        item.passId = p.id();
        item.siteId = p.siteId();
        item.workerId = p.workerId();
        item.submissionId = p.submissionId();
        item.verdict = p.verdict().name();
        item.conditionCodes = p.conditionCodes();
        item.conditions = DomainAttributes.conditions(p.conditions());
        item.zones = p.zones();
        item.token = p.token();
        item.issuedAt = Times.format(p.issuedAt());
        item.expiresAt = Times.format(p.expiresAt());
        item.revokedAt = p.revokedAt().map(Times::format).orElse(null);
        item.revokedReason = p.revokedReason().orElse(null);
        item.ttl = Times.ttl(p.expiresAt(), RECORD_RETENTION);
        return item;
    }

    static Pass toPass(PassItem i) {
        return new Pass(i.passId, i.siteId, i.workerId, i.submissionId, Verdict.valueOf(i.verdict),
                conditions(i), i.zones == null ? List.of() : i.zones, i.token,
                Times.parse(i.issuedAt), Times.parse(i.expiresAt), Optional.ofNullable(i.revokedAt).map(Times::parse),
                Optional.ofNullable(i.revokedReason));
    }

    /**
     * The conditions with their words; a pass stored before the words were kept on it (at most one pass lifetime
     * ago) has only its codes, which then stand for themselves.
     */
    private static List<Condition> conditions(PassItem i) {
        if (i.conditions != null) {
            return DomainAttributes.conditions(i.conditions);
        }
        return i.conditionCodes == null ? List.of()
                : i.conditionCodes.stream().map(code -> new Condition(code, LocalizedText.of(code, code))).toList();
    }

    /** The stored form of a pass; never leaves this adapter. */
    static final class PassItem {
        String passId;
        String siteId;
        String workerId;
        String issuedAt;
        String submissionId;
        String verdict;
        /** the codes alone, as in the token: kept for whoever reads the table by hand */
        List<String> conditionCodes;
        AttributeValue conditions;
        List<String> zones;
        String token;
        String expiresAt;
        String revokedAt;
        String revokedReason;
        Long ttl;
    }
}
