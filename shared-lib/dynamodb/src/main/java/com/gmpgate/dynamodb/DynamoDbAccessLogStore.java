package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.Stored;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
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
 * The gate log in AccessLogsTable, keyed {@code <siteId>#<scanId>}: a re-sent scan (an offline gate
 * syncing twice, a retried request) is one conditional put that finds its first entry, which must be the same
 * scan ({@link AccessLogEntry#sameScanAs}); the verdict of the re-send may differ (the worker is inside by then),
 * and the first entry is the one that counts.
 */
public final class DynamoDbAccessLogStore implements AccessLogStore {

    public static final Duration RECORD_RETENTION = Duration.ofDays(730);
    static final String INDEX_BY_SITE_DATE = "bySiteDate";
    static final String INDEX_BY_WORKER = "byWorker";
    private static final List<String> SITE_DATE_KEYS = List.of("pk", "siteDay", "at");
    private static final List<String> WORKER_KEYS = List.of("pk", "workerId", "workerDayAt");

    static final TableSchema<EntryItem> SCHEMA = StaticTableSchema.builder(EntryItem.class)
            .newItemSupplier(EntryItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("entryId").getter(i -> i.entryId).setter((i, v) -> i.entryId = v))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("scanId").getter(i -> i.scanId).setter((i, v) -> i.scanId = v))
            .addAttribute(String.class, a -> a.name("siteDay").getter(i -> i.siteDay).setter((i, v) -> i.siteDay = v)
                    .tags(secondaryPartitionKey(INDEX_BY_SITE_DATE)))
            .addAttribute(String.class, a -> a.name("at").getter(i -> i.at).setter((i, v) -> i.at = v)
                    .tags(secondarySortKey(INDEX_BY_SITE_DATE)))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v)
                    .tags(secondaryPartitionKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("workerDayAt").getter(i -> i.workerDayAt)
                    .setter((i, v) -> i.workerDayAt = v).tags(secondarySortKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("siteDate").getter(i -> i.siteDate).setter((i, v) -> i.siteDate = v))
            .addAttribute(String.class, a -> a.name("workerName").getter(i -> i.workerName)
                    .setter((i, v) -> i.workerName = v))
            .addAttribute(String.class, a -> a.name("gateId").getter(i -> i.gateId).setter((i, v) -> i.gateId = v))
            .addAttribute(String.class, a -> a.name("direction").getter(i -> i.direction).setter((i, v) -> i.direction = v))
            .addAttribute(String.class, a -> a.name("result").getter(i -> i.result).setter((i, v) -> i.result = v))
            .addAttribute(String.class, a -> a.name("reason").getter(i -> i.reason).setter((i, v) -> i.reason = v))
            .addAttribute(String.class, a -> a.name("passId").getter(i -> i.passId).setter((i, v) -> i.passId = v))
            .addAttribute(String.class, a -> a.name("scannedBy").getter(i -> i.scannedBy).setter((i, v) -> i.scannedBy = v))
            .addAttribute(Boolean.class, a -> a.name("offline").getter(i -> i.offline).setter((i, v) -> i.offline = v))
            .addAttribute(String.class, a -> a.name("recordedAt").getter(i -> i.recordedAt)
                    .setter((i, v) -> i.recordedAt = v))
            .addAttribute(Boolean.class, a -> a.name("outOfOrder").getter(i -> i.outOfOrder)
                    .setter((i, v) -> i.outOfOrder = v))
            .addAttribute(String.class, a -> a.name("kind").getter(i -> i.kind).setter((i, v) -> i.kind = v))
            .addAttribute(String.class, a -> a.name("note").getter(i -> i.note).setter((i, v) -> i.note = v))
            .addAttribute(AttributeValue.class, a -> a.name("conditions").getter(i -> i.conditions)
                    .setter((i, v) -> i.conditions = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbTable<EntryItem> table;
    private final DynamoDbIndex<EntryItem> bySiteDate;
    private final DynamoDbIndex<EntryItem> byWorker;
    private final Paging<EntryItem> paging;
    private final Duration recordRetention;

    public DynamoDbAccessLogStore(DynamoDbClient client, String tableName, CursorCodec cursors) {
        this(client, tableName, cursors, RECORD_RETENTION);
    }

    /** @param recordRetention how long an entry is kept (TTL from its time; RecordRetentionDays) */
    public DynamoDbAccessLogStore(DynamoDbClient client, String tableName, CursorCodec cursors,
                                  Duration recordRetention) {
        this.recordRetention = recordRetention;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.bySiteDate = table.index(INDEX_BY_SITE_DATE);
        this.byWorker = table.index(INDEX_BY_WORKER);
        this.paging = new Paging<>(SCHEMA, cursors);
    }

    @Override
    public Stored<AccessLogEntry> append(AccessLogEntry entry) {
        boolean written = DynamoDbErrors.call("append access log", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(EntryItem.class).item(toItem(entry))
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build())
                        .build());
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
        if (written) {
            return new Stored<>(entry, true);
        }
        AccessLogEntry first = findByScanId(entry.siteId(), entry.scanId())
                .orElseThrow(() -> new IllegalStateException("scan " + entry.scanId() + " vanished"));
        if (!first.sameScanAs(entry)) {
            throw new IdempotencyConflictException("scanId", entry.scanId());
        }
        return new Stored<>(first, false);
    }

    @Override
    public Optional<AccessLogEntry> findByScanId(String siteId, String scanId) {
        return DynamoDbErrors.call("find access log entry", () -> Optional.ofNullable(table.getItem(r -> r
                        .key(Key.builder().partitionValue(pk(siteId, scanId)).build()).consistentRead(true)))
                .map(DynamoDbAccessLogStore::toEntry));
    }

    @Override
    public Page<AccessLogEntry> listBySiteDate(String siteId, LocalDate date, Optional<String> gateId,
            Optional<String> workerId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        gateId.ifPresent(g -> {
            conditions.add("gateId = :gate");
            values.put(":gate", AttributeValue.fromS(g));
        });
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder().scanIndexForward(false);
        String listing = "accessLog/" + siteId + "/" + date + "/" + gateId.orElse(null) + "/" + workerId.orElse(null);
        if (workerId.isPresent()) {
            conditions.add("siteId = :site");
            values.put(":site", AttributeValue.fromS(siteId));
            request.queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(workerId.get())
                    .sortValue(date + "#")));
            filter(request, conditions, values);
            return DynamoDbErrors.call("list access log", () -> paging.page(listing, page, WORKER_KEYS, request,
                    byWorker::query, DynamoDbAccessLogStore::toEntry));
        }
        request.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(siteId + "#" + date)));
        filter(request, conditions, values);
        return DynamoDbErrors.call("list access log", () -> paging.page(listing, page, SITE_DATE_KEYS, request,
                bySiteDate::query, DynamoDbAccessLogStore::toEntry));
    }

    /** One query of the site day's index over {@code at} in [from, to], filtered to the entry id. */
    @Override
    public Optional<AccessLogEntry> findEntry(String siteId, LocalDate siteDate, String entryId, Instant from,
            Instant to) {
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        k -> k.partitionValue(siteId + "#" + siteDate).sortValue(Times.format(from)),
                        k -> k.partitionValue(siteId + "#" + siteDate).sortValue(Times.format(to))))
                .filterExpression(Expression.builder().expression("entryId = :id")
                        .expressionValues(Map.of(":id", AttributeValue.fromS(entryId))).build())
                .build();
        return DynamoDbErrors.call("find access log entry", () -> bySiteDate.query(request).stream()
                .flatMap(page -> page.items().stream())
                .findFirst()
                .map(DynamoDbAccessLogStore::toEntry));
    }

    @Override
    public Page<AccessLogEntry> listByWorker(String workerId, PageRequest page) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(workerId)))
                .scanIndexForward(false);
        return DynamoDbErrors.call("list access log", () -> paging.page("accessLog/byWorker/" + workerId, page,
                WORKER_KEYS, request, byWorker::query, DynamoDbAccessLogStore::toEntry));
    }

    private static void filter(QueryEnhancedRequest.Builder request, List<String> conditions,
            Map<String, AttributeValue> values) {
        if (!conditions.isEmpty()) {
            request.filterExpression(Expression.builder().expression(String.join(" AND ", conditions))
                    .expressionValues(values).build());
        }
    }

    private static String pk(String siteId, String scanId) {
        return siteId + "#" + scanId;
    }

    EntryItem toItem(AccessLogEntry e) {
        EntryItem item = new EntryItem();
        item.pk = pk(e.siteId(), e.scanId());
        item.entryId = e.id();
        item.siteId = e.siteId();
        item.scanId = e.scanId();
        item.at = Times.format(e.at());
        item.siteDate = e.siteDate().toString();
        item.siteDay = e.siteId() + "#" + e.siteDate();
        item.workerId = e.workerId().orElse(null);
        // only entries with a worker go into the worker index
        item.workerDayAt = e.workerId().isPresent() ? e.siteDate() + "#" + item.at : null;
        item.workerName = e.workerName().orElse(null);
        item.gateId = e.gateId();
        item.direction = e.direction().name();
        item.result = e.result().name();
        item.reason = e.reason().map(Enum::name).orElse(null);
        item.passId = e.passId().orElse(null);
        item.scannedBy = e.scannedBy();
        item.offline = e.offline();
        item.recordedAt = Times.format(e.recordedAt());
        item.outOfOrder = e.outOfOrder() ? Boolean.TRUE : null; // absent on the usual entry, as on older ones
        // absent on a scan, as on entries written before manual entries and corrections existed
        item.kind = e.kind() == EntryKind.SCAN ? null : e.kind().name();
        item.note = e.note().orElse(null);
        // with their words, as the pass's record has them; absent without conditions, as on older entries
        item.conditions = e.conditions().isEmpty() ? null : DomainAttributes.conditions(e.conditions());
        item.ttl = Times.ttl(e.at(), recordRetention);
        return item;
    }

    static AccessLogEntry toEntry(EntryItem i) {
        return new AccessLogEntry(i.entryId, i.siteId, i.scanId, Times.parse(i.at), LocalDate.parse(i.siteDate),
                Optional.ofNullable(i.workerId), Optional.ofNullable(i.workerName), i.gateId, Direction.valueOf(i.direction),
                GateResult.valueOf(i.result), Optional.ofNullable(i.reason).map(GateRejection::valueOf),
                Optional.ofNullable(i.passId), i.scannedBy, Objects.requireNonNullElse(i.offline, false),
                Times.parse(i.recordedAt), Objects.requireNonNullElse(i.outOfOrder, false),
                i.kind == null ? EntryKind.SCAN : EntryKind.valueOf(i.kind), Optional.ofNullable(i.note),
                i.conditions == null ? List.of() : DomainAttributes.conditions(i.conditions));
    }

    /** The stored form of a log entry; never leaves this adapter. */
    static final class EntryItem {
        String pk;
        String entryId;
        String siteId;
        String scanId;
        String siteDay;
        String at;
        String workerId;
        String workerDayAt;
        String siteDate;
        String workerName;
        String gateId;
        String direction;
        String result;
        String reason;
        String passId;
        String scannedBy;
        Boolean offline;
        String recordedAt;
        Boolean outOfOrder;
        String kind;
        String note;
        AttributeValue conditions;
        Long ttl;
    }
}
