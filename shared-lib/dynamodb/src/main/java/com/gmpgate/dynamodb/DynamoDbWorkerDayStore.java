package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.WorkerDayStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Worker days in WorkerDaysTable, one item per {@code <workerId>#<siteDate>}. A save is one PutItem conditional on
 * the version it was derived from ({@code attribute_not_exists} for the first), so DynamoDB itself serialises
 * concurrent screenings of one worker: of two saves from the same read exactly one lands. {@code failed} mirrors
 * {@link WorkerDay#lockedOut()} for whoever reads the table by hand. Items expire {@link #KEEP_FOR} after their day:
 * the gate needs them while the day's passes live (at most 24 h) and offline gates sync late.
 */
public final class DynamoDbWorkerDayStore implements WorkerDayStore {

    static final Duration KEEP_FOR = Duration.ofDays(14);

    static final TableSchema<WorkerDayItem> SCHEMA = StaticTableSchema.builder(WorkerDayItem.class)
            .newItemSupplier(WorkerDayItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v))
            .addAttribute(String.class, a -> a.name("siteDate").getter(i -> i.siteDate).setter((i, v) -> i.siteDate = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v))
            .addAttribute(Boolean.class, a -> a.name("failed").getter(i -> i.failed).setter((i, v) -> i.failed = v))
            .addAttribute(String.class, a -> a.name("latestFailAt").getter(i -> i.latestFailAt)
                    .setter((i, v) -> i.latestFailAt = v))
            .addAttribute(String.class, a -> a.name("latestFailSubmissionId").getter(i -> i.latestFailSubmissionId)
                    .setter((i, v) -> i.latestFailSubmissionId = v))
            .addAttribute(String.class, a -> a.name("lastReinstatedAt").getter(i -> i.lastReinstatedAt)
                    .setter((i, v) -> i.lastReinstatedAt = v))
            .addAttribute(AttributeValue.class, a -> a.name("voids").getter(i -> i.voids).setter((i, v) -> i.voids = v)
                    .attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(AttributeValue.class, a -> a.name("passes").getter(i -> i.passes)
                    .setter((i, v) -> i.passes = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(AttributeValue.class, a -> a.name("reviewed").getter(i -> i.reviewed)
                    .setter((i, v) -> i.reviewed = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(Integer.class, a -> a.name("submissions").getter(i -> i.submissions)
                    .setter((i, v) -> i.submissions = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbTable<WorkerDayItem> table;

    public DynamoDbWorkerDayStore(DynamoDbClient client, String tableName) {
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
    }

    @Override
    public Optional<WorkerDay> find(String workerId, LocalDate siteDate) {
        return DynamoDbErrors.call("find worker day", () -> Optional.ofNullable(table.getItem(r -> r
                .key(Key.builder().partitionValue(pk(workerId, siteDate)).build()).consistentRead(true))))
                .map(DynamoDbWorkerDayStore::toDay);
    }

    @Override
    public void save(WorkerDay next) {
        Expression condition = next.version() == 1
                ? Expression.builder().expression("attribute_not_exists(pk)").build()
                : Expression.builder().expression("#version = :read")
                        .putExpressionName("#version", "version")
                        .putExpressionValue(":read", AttributeValue.fromN(Long.toString(next.version() - 1)))
                        .build();
        DynamoDbErrors.run("save worker day", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(WorkerDayItem.class).item(toItem(next))
                        .conditionExpression(condition).build());
            } catch (ConditionalCheckFailedException e) {
                throw new StaleVersionException("worker day " + pk(next.workerId(), next.siteDate()));
            }
        });
    }

    static String pk(String workerId, LocalDate siteDate) {
        return workerId + "#" + siteDate;
    }

    static WorkerDayItem toItem(WorkerDay day) {
        WorkerDayItem item = new WorkerDayItem();
        item.pk = pk(day.workerId(), day.siteDate());
        item.siteId = day.siteId();
        item.workerId = day.workerId();
        item.siteDate = day.siteDate().toString();
        item.version = day.version();
        item.failed = day.lockedOut();
        item.latestFailAt = day.latestFailAt().map(Times::format).orElse(null);
        item.latestFailSubmissionId = day.latestFailSubmissionId().orElse(null);
        item.lastReinstatedAt = day.lastReinstatedAt().map(Times::format).orElse(null);
        item.voids = AttributeValue.fromL(day.voids().stream().map(at -> AttributeValue.fromS(Times.format(at))).toList());
        Map<String, AttributeValue> passes = new LinkedHashMap<>();
        day.passes().forEach((id, before) -> passes.put(id, AttributeValue.fromN(Integer.toString(before))));
        item.passes = AttributeValue.fromM(passes);
        Map<String, AttributeValue> reviewed = new LinkedHashMap<>();
        // "PASS pass-id" or "FAIL": a review's verdict and the pass it issued
        day.reviewed().forEach((id, review) -> reviewed.put(id, AttributeValue.fromS(review.verdict().name()
                + review.passId().map(pass -> " " + pass).orElse(""))));
        item.reviewed = AttributeValue.fromM(reviewed);
        item.submissions = day.submissions();
        item.ttl = Times.ttl(day.siteDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), KEEP_FOR);
        return item;
    }

    static WorkerDay toDay(WorkerDayItem item) {
        List<Instant> voids = item.voids == null ? List.of()
                : item.voids.l().stream().map(v -> Times.parse(v.s())).toList();
        Map<String, Integer> passes = new LinkedHashMap<>();
        if (item.passes != null) {
            item.passes.m().forEach((id, v) -> passes.put(id, Integer.parseInt(v.n())));
        }
        Map<String, WorkerDay.Reviewed> reviewed = new LinkedHashMap<>();
        if (item.reviewed != null) {
            item.reviewed.m().forEach((id, v) -> {
                String[] parts = v.s().split(" ", 2);
                reviewed.put(id, new WorkerDay.Reviewed(Verdict.valueOf(parts[0]),
                        parts.length > 1 ? Optional.of(parts[1]) : Optional.empty()));
            });
        }
        return new WorkerDay(item.siteId, item.workerId, LocalDate.parse(item.siteDate), item.version,
                Optional.ofNullable(item.latestFailAt).map(Times::parse), Optional.ofNullable(item.latestFailSubmissionId),
                Optional.ofNullable(item.lastReinstatedAt).map(Times::parse), voids, passes, reviewed,
                item.submissions == null ? 0 : item.submissions);
    }

    /** The stored form of a worker day; never leaves this adapter. */
    static final class WorkerDayItem {
        String pk;
        String siteId;
        String workerId;
        String siteDate;
        Long version;
        Boolean failed;
        String latestFailAt;
        String latestFailSubmissionId;
        String lastReinstatedAt;
        AttributeValue voids;
        AttributeValue passes;
        AttributeValue reviewed;
        Integer submissions;
        Long ttl;
    }
}
