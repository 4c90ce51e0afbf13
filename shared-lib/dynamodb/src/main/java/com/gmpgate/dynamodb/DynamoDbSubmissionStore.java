package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.Stored;
import com.gmpgate.port.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Submissions in ChecklistsTable, as two items:
 * <ul>
 * <li>{@code REQ#<workerId>#<clientSubmissionId>}: the request, written first with
 * {@code attribute_not_exists}: the idempotency key, the request hash, the submission id it became,
 * and the raw answers. Its TTL is the submission's {@code expiresAt}, so the health answers go then.</li>
 * <li>{@code SUB#<id>}: the verdict record (verdict, reasons, conditions, rule-pack identity, photo
 * assessments, reviews), kept for {@link #RECORD_RETENTION}. The indexes see only these items.</li>
 * </ul>
 * With no transactions, the request item is written first: if the submission write then fails, no
 * submission is visible anywhere, and a retry completes it (same id) or takes the reservation over once
 * it is older than {@link #ORPHAN_AFTER}, longer than any function runs (a younger one is in flight).
 */
public final class DynamoDbSubmissionStore implements SubmissionStore {

    /** HACCP records are kept two years; the verdict record is one. */
    public static final Duration RECORD_RETENTION = Duration.ofDays(730);
    /** Longer than a function's timeout (15 s): a reservation this old without its submission is an orphan. */
    static final Duration ORPHAN_AFTER = Duration.ofSeconds(30);
    static final String INDEX_BY_WORKER = "byWorker";
    static final String INDEX_BY_SITE_DATE = "bySiteDate";
    private static final String SUB = "SUB#";
    private static final String REQ = "REQ#";

    static final TableSchema<SubmissionItem> SCHEMA = StaticTableSchema.builder(SubmissionItem.class)
            .newItemSupplier(SubmissionItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("submissionId").getter(i -> i.submissionId)
                    .setter((i, v) -> i.submissionId = v))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v)
                    .tags(secondaryPartitionKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("workerDayAt").getter(i -> i.workerDayAt)
                    .setter((i, v) -> i.workerDayAt = v).tags(secondarySortKey(INDEX_BY_WORKER)))
            .addAttribute(String.class, a -> a.name("siteDay").getter(i -> i.siteDay).setter((i, v) -> i.siteDay = v)
                    .tags(secondaryPartitionKey(INDEX_BY_SITE_DATE)))
            .addAttribute(String.class, a -> a.name("submittedAt").getter(i -> i.submittedAt)
                    .setter((i, v) -> i.submittedAt = v).tags(secondarySortKey(INDEX_BY_SITE_DATE)))
            .addAttribute(String.class, a -> a.name("clientSubmissionId").getter(i -> i.clientSubmissionId)
                    .setter((i, v) -> i.clientSubmissionId = v))
            .addAttribute(String.class, a -> a.name("requestHash").getter(i -> i.requestHash)
                    .setter((i, v) -> i.requestHash = v))
            .addAttribute(String.class, a -> a.name("siteDate").getter(i -> i.siteDate).setter((i, v) -> i.siteDate = v))
            .addAttribute(AttributeValue.class, a -> a.name("photos").getter(i -> i.photos).setter((i, v) -> i.photos = v)
                    .attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(AttributeValue.class, a -> a.name("evaluation").getter(i -> i.evaluation)
                    .setter((i, v) -> i.evaluation = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name("verdict").getter(i -> i.verdict).setter((i, v) -> i.verdict = v))
            .addAttribute(AttributeValue.class, a -> a.name("reviews").getter(i -> i.reviews)
                    .setter((i, v) -> i.reviews = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name("passId").getter(i -> i.passId).setter((i, v) -> i.passId = v))
            .addAttribute(String.class, a -> a.name("expiresAt").getter(i -> i.expiresAt).setter((i, v) -> i.expiresAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private static final List<String> WORKER_KEYS = List.of("pk", "workerId", "workerDayAt");
    private static final List<String> SITE_DATE_KEYS = List.of("pk", "siteDay", "submittedAt");

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<SubmissionItem> table;
    private final DynamoDbIndex<SubmissionItem> byWorker;
    private final DynamoDbIndex<SubmissionItem> bySiteDate;
    private final Paging<SubmissionItem> paging;
    private final Clock clock;
    private final Duration recordRetention;

    public DynamoDbSubmissionStore(DynamoDbClient client, String tableName, CursorCodec cursors) {
        this(client, tableName, cursors, Clock.systemUTC());
    }

    public DynamoDbSubmissionStore(DynamoDbClient client, String tableName, CursorCodec cursors, Clock clock) {
        this(client, tableName, cursors, clock, RECORD_RETENTION);
    }

    /** @param recordRetention how long the verdict record is kept (TTL from submission; RecordRetentionDays) */
    public DynamoDbSubmissionStore(DynamoDbClient client, String tableName, CursorCodec cursors, Clock clock,
                                   Duration recordRetention) {
        this.recordRetention = recordRetention;
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.byWorker = table.index(INDEX_BY_WORKER);
        this.bySiteDate = table.index(INDEX_BY_SITE_DATE);
        this.paging = new Paging<>(SCHEMA, cursors);
        this.clock = clock;
    }

    @Override
    public Stored<Submission> create(Submission submission) {
        Map<String, AttributeValue> request = requestItem(submission, clock.instant());
        if (putIfAbsent(request, "attribute_not_exists(pk)", Map.of())) {
            return write(submission);
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, AttributeValue> existing = getRequest(submission.workerId(), submission.clientSubmissionId())
                    .orElse(null);
            if (existing == null) {
                // its TTL removed it between our two reads: the id is free again
                if (putIfAbsent(request, "attribute_not_exists(pk)", Map.of())) {
                    return write(submission);
                }
                continue;
            }
            if (!existing.get("requestHash").s().equals(submission.requestHash())) {
                throw new IdempotencyConflictException("clientSubmissionId", submission.clientSubmissionId());
            }
            String firstId = existing.get("submissionId").s();
            Optional<Submission> first = findById(firstId);
            if (first.isPresent()) {
                return new Stored<>(first.get(), false);
            }
            if (firstId.equals(submission.id())) {
                return write(submission); // this very create failed half-way before
            }
            Instant reservedAt = Times.parse(existing.get("reservedAt").s());
            if (reservedAt.plus(ORPHAN_AFTER).isBefore(clock.instant())) {
                if (putIfAbsent(request, "submissionId = :first", Map.of(":first", AttributeValue.fromS(firstId)))) {
                    return write(submission);
                }
                continue;
            }
            pause(); // the first create is between its two writes: give it a moment
        }
        throw new ConflictException("clientSubmissionId " + submission.clientSubmissionId()
                + " is still being stored by another request; retry shortly");
    }

    @Override
    public Optional<Submission> findById(String submissionId) {
        return DynamoDbErrors.call("find submission", () -> Optional.ofNullable(
                        table.getItem(r -> r.key(Key.builder().partitionValue(SUB + submissionId).build()).consistentRead(true)))
                .map(item -> toSubmission(item, getRequest(item.workerId, item.clientSubmissionId)
                        .map(r -> r.get("answers")))));
    }

    @Override
    public void update(Submission submission) {
        DynamoDbErrors.run("update submission", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(SubmissionItem.class)
                        .item(toItem(submission))
                        .conditionExpression(Expression.builder()
                                .expression("#version = :version")
                                .putExpressionName("#version", "version")
                                .putExpressionValue(":version", AttributeValue.fromN(Long.toString(submission.version() - 1)))
                                .build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                throw new StaleVersionException("submission " + submission.id());
            }
        });
    }

    @Override
    public Page<Submission> listByWorker(String workerId, PageRequest page) {
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(workerId)))
                .scanIndexForward(false);
        return withAnswers(DynamoDbErrors.call("list submissions", () -> paging.page("submissions/byWorker/" + workerId,
                page, WORKER_KEYS, request, byWorker::query, item -> item)));
    }

    @Override
    public Page<Submission> listBySiteDate(String siteId, LocalDate date, Optional<Verdict> verdict,
            Optional<String> workerId, PageRequest page) {
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        verdict.ifPresent(v -> {
            conditions.add("verdict = :verdict");
            values.put(":verdict", AttributeValue.fromS(v.name()));
        });
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder().scanIndexForward(false);
        String listing;
        Page<SubmissionItem> items;
        if (workerId.isPresent()) {
            // one worker's day: that worker's index partition is far smaller than the site's day
            conditions.add("siteId = :site");
            values.put(":site", AttributeValue.fromS(siteId));
            request.queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(workerId.get())
                    .sortValue(date + "#")));
            listing = "submissions/byWorkerDay/" + siteId + "/" + date + "/" + workerId.get() + "/" + verdict.orElse(null);
            filter(request, conditions, values);
            items = DynamoDbErrors.call("list submissions",
                    () -> paging.page(listing, page, WORKER_KEYS, request, byWorker::query, i -> i));
        } else {
            request.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(siteDay(siteId, date))));
            listing = "submissions/bySiteDate/" + siteId + "/" + date + "/" + verdict.orElse(null);
            filter(request, conditions, values);
            items = DynamoDbErrors.call("list submissions",
                    () -> paging.page(listing, page, SITE_DATE_KEYS, request, bySiteDate::query, i -> i));
        }
        return withAnswers(items);
    }

    @Override
    public Optional<Submission> findByClientSubmissionId(String workerId, String clientSubmissionId) {
        Optional<Map<String, AttributeValue>> request = getRequest(workerId, clientSubmissionId);
        if (request.isEmpty()) {
            return Optional.empty(); // the common case: one GetItem
        }
        String submissionId = request.get().get("submissionId").s();
        return DynamoDbErrors.call("find submission", () -> Optional.ofNullable(table.getItem(r -> r
                        .key(Key.builder().partitionValue(SUB + submissionId).build()).consistentRead(true))))
                .map(item -> toSubmission(item, Optional.ofNullable(request.get().get("answers"))));
    }

    private static void filter(QueryEnhancedRequest.Builder request, List<String> conditions,
            Map<String, AttributeValue> values) {
        if (!conditions.isEmpty()) {
            request.filterExpression(Expression.builder()
                    .expression(String.join(" AND ", conditions))
                    .expressionValues(values)
                    .build());
        }
    }

    /** Joins each listed submission with its raw answers (one BatchGetItem for the page). */
    private Page<Submission> withAnswers(Page<SubmissionItem> page) {
        if (page.items().isEmpty()) {
            return new Page<>(List.of(), page.nextCursor());
        }
        Map<String, AttributeValue> answersByRequest = new HashMap<>();
        List<Map<String, AttributeValue>> keys = page.items().stream()
                .map(i -> requestPk(i.workerId, i.clientSubmissionId)).distinct()
                .map(pk -> Map.of("pk", AttributeValue.fromS(pk))).toList();
        for (int from = 0; from < keys.size(); from += 100) {
            Map<String, KeysAndAttributes> pending = Map.of(tableName,
                    KeysAndAttributes.builder().keys(keys.subList(from, Math.min(from + 100, keys.size()))).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> batch = pending;
                var response = DynamoDbErrors.call("read answers", () -> client.batchGetItem(b -> b.requestItems(batch)));
                response.responses().getOrDefault(tableName, List.of())
                        .forEach(item -> answersByRequest.put(item.get("pk").s(), item.get("answers")));
                pending = response.unprocessedKeys();
            }
        }
        return new Page<>(page.items().stream()
                .map(i -> toSubmission(i, Optional.ofNullable(answersByRequest.get(requestPk(i.workerId, i.clientSubmissionId)))))
                .toList(), page.nextCursor());
    }

    private Stored<Submission> write(Submission submission) {
        SubmissionItem item = toItem(submission);
        DynamoDbErrors.run("create submission", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(SubmissionItem.class).item(item)
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                throw new ConflictException("submission " + submission.id() + " already exists");
            }
        });
        return new Stored<>(submission, true);
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return DynamoDbErrors.call("reserve clientSubmissionId", () -> {
            try {
                client.putItem(b -> {
                    b.tableName(tableName).item(item).conditionExpression(condition);
                    if (!values.isEmpty()) {
                        b.expressionAttributeValues(values);
                    }
                });
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    private Optional<Map<String, AttributeValue>> getRequest(String workerId, String clientSubmissionId) {
        return DynamoDbErrors.call("find submission request", () -> {
            var item = client.getItem(b -> b.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(requestPk(workerId, clientSubmissionId)))).consistentRead(true))
                    .item();
            return item == null || item.isEmpty() ? Optional.<Map<String, AttributeValue>>empty() : Optional.of(item);
        });
    }

    private static Map<String, AttributeValue> requestItem(Submission submission, Instant now) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(requestPk(submission.workerId(), submission.clientSubmissionId())));
        item.put("submissionId", AttributeValue.fromS(submission.id()));
        item.put("requestHash", AttributeValue.fromS(submission.requestHash()));
        item.put("reservedAt", AttributeValue.fromS(Times.format(now)));
        item.put("answers", DomainAttributes.answers(submission.evaluation().answers()));
        item.put("ttl", AttributeValue.fromN(Long.toString(Times.ttl(submission.expiresAt()))));
        return item;
    }

    private static String requestPk(String workerId, String clientSubmissionId) {
        return REQ + workerId + "#" + clientSubmissionId;
    }

    private static String siteDay(String siteId, LocalDate date) {
        return siteId + "#" + date;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for a concurrent create");
        }
    }

    SubmissionItem toItem(Submission s) {
        SubmissionItem item = new SubmissionItem();
        item.pk = SUB + s.id();
        item.submissionId = s.id();
        item.siteId = s.siteId();
        item.workerId = s.workerId();
        item.clientSubmissionId = s.clientSubmissionId();
        item.requestHash = s.requestHash();
        item.submittedAt = Times.format(s.submittedAt());
        item.siteDate = s.siteDate().toString();
        item.siteDay = siteDay(s.siteId(), s.siteDate());
        item.workerDayAt = s.siteDate() + "#" + item.submittedAt;
        item.photos = DomainAttributes.photos(s.photos());
        item.evaluation = DomainAttributes.verdictRecord(s.evaluation());
        item.verdict = s.verdict().name();
        item.reviews = DomainAttributes.reviews(s.reviews());
        item.passId = s.passId().orElse(null);
        item.expiresAt = Times.format(s.expiresAt());
        item.version = s.version();
        item.ttl = Times.ttl(s.submittedAt(), recordRetention);
        return item;
    }

    /** @param answers the raw answers, absent once they expired (the verdict record is still whole) */
    static Submission toSubmission(SubmissionItem item, Optional<AttributeValue> answers) {
        return new Submission(item.submissionId, item.siteId, item.workerId, item.clientSubmissionId, item.requestHash,
                Times.parse(item.submittedAt), LocalDate.parse(item.siteDate), DomainAttributes.photos(item.photos),
                DomainAttributes.verdictRecord(item.evaluation, answers.map(DomainAttributes::answers).orElse(Map.of())),
                Verdict.valueOf(item.verdict), DomainAttributes.reviews(item.reviews), Optional.ofNullable(item.passId),
                Times.parse(item.expiresAt), item.version);
    }

    /** The stored form of a submission's verdict record; never leaves this adapter. */
    static final class SubmissionItem {
        String pk;
        String submissionId;
        String siteId;
        String workerId;
        String workerDayAt;
        String siteDay;
        String submittedAt;
        String clientSubmissionId;
        String requestHash;
        String siteDate;
        AttributeValue photos;
        AttributeValue evaluation;
        String verdict;
        AttributeValue reviews;
        String passId;
        String expiresAt;
        Long version;
        Long ttl;
    }
}
