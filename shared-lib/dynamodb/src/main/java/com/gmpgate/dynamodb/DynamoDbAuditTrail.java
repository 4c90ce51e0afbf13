package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The audit trail in AuditTable: partition {@code siteId}, sort key {@code <at>#<entryId>}, so a site's entries of a
 * period are one query in time order. Written only with {@code attribute_not_exists} (a retried append leaves the
 * first); no function's role may update or delete here. Kept for {@link #RECORD_RETENTION} (DynamoDB TTL).
 */
public final class DynamoDbAuditTrail implements AuditTrail {

    /** As long as the verdict records whose decisions it lists. */
    public static final Duration RECORD_RETENTION = DynamoDbSubmissionStore.RECORD_RETENTION;
    private static final List<String> KEYS = List.of("siteId", "sk");

    static final TableSchema<AuditItem> SCHEMA = StaticTableSchema.builder(AuditItem.class)
            .newItemSupplier(AuditItem::new)
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v)
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("entryId").getter(i -> i.entryId).setter((i, v) -> i.entryId = v))
            .addAttribute(String.class, a -> a.name("at").getter(i -> i.at).setter((i, v) -> i.at = v))
            .addAttribute(String.class, a -> a.name("actorId").getter(i -> i.actorId).setter((i, v) -> i.actorId = v))
            .addAttribute(String.class, a -> a.name("action").getter(i -> i.action).setter((i, v) -> i.action = v))
            .addAttribute(String.class, a -> a.name("targetType").getter(i -> i.targetType)
                    .setter((i, v) -> i.targetType = v))
            .addAttribute(String.class, a -> a.name("targetId").getter(i -> i.targetId).setter((i, v) -> i.targetId = v))
            .addAttribute(String.class, a -> a.name("detail").getter(i -> i.detail).setter((i, v) -> i.detail = v))
            .addAttribute(AttributeValue.class, a -> a.name("signature").getter(i -> i.signature)
                    .setter((i, v) -> i.signature = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbTable<AuditItem> table;
    private final Paging<AuditItem> paging;
    private final Duration recordRetention;

    public DynamoDbAuditTrail(DynamoDbClient client, String tableName, CursorCodec cursors) {
        this(client, tableName, cursors, RECORD_RETENTION);
    }

    /** @param recordRetention how long an entry is kept (TTL from its time; RecordRetentionDays) */
    public DynamoDbAuditTrail(DynamoDbClient client, String tableName, CursorCodec cursors,
                              Duration recordRetention) {
        this.recordRetention = recordRetention;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.paging = new Paging<>(SCHEMA, cursors);
    }

    @Override
    public void append(AuditEntry entry) {
        DynamoDbErrors.run("append audit entry", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(AuditItem.class).item(toItem(entry))
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(sk)").build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                // the same entry again (a retried request): the first one stays
            }
        });
    }

    @Override
    public Page<AuditEntry> list(String siteId, Instant from, Instant to, PageRequest page) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        Key.builder().partitionValue(siteId).sortValue(Times.format(from)).build(),
                        // '#' sorts before every digit: the last entry before `to` is the bound's predecessor
                        Key.builder().partitionValue(siteId).sortValue(Times.format(to.minusNanos(1)) + "#~").build()))
                .scanIndexForward(true);
        return DynamoDbErrors.call("list audit trail", () -> paging.page("audit/" + siteId + "/" + from + "/" + to,
                page, KEYS, request, table::query, DynamoDbAuditTrail::toEntry));
    }

    AuditItem toItem(AuditEntry e) {
        AuditItem item = new AuditItem();
        item.siteId = e.siteId();
        item.sk = Times.format(e.at()) + "#" + e.id();
        item.entryId = e.id();
        item.at = Times.format(e.at());
        item.actorId = e.actorId();
        item.action = e.action().name();
        item.targetType = e.targetType();
        item.targetId = e.targetId();
        item.detail = e.detail();
        item.signature = e.signature().map(DomainAttributes::signature).orElse(null);
        item.ttl = Times.ttl(e.at(), recordRetention);
        return item;
    }

    static AuditEntry toEntry(AuditItem item) {
        return new AuditEntry(item.entryId, item.siteId, Times.parse(item.at), item.actorId,
                AuditAction.valueOf(item.action), item.targetType, item.targetId, item.detail == null ? "" : item.detail,
                Optional.ofNullable(item.signature).map(DomainAttributes::signature));
    }

    /** The stored form of an audit entry; never leaves this adapter. */
    static final class AuditItem {
        String siteId;
        String sk;
        String entryId;
        String at;
        String actorId;
        String action;
        String targetType;
        String targetId;
        String detail;
        AttributeValue signature;
        Long ttl;
    }
}
