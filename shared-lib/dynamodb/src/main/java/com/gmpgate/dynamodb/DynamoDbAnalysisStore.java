package com.gmpgate.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.retention.Retention;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.ConflictException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Wound photo analyses in AnalysesTable. An analysis carries no site date, so the daily cap counts by
 * the plants' time zone given to the constructor ({@code GMP_SITE_TIME_ZONE}, default Asia/Seoul).
 */
public final class DynamoDbAnalysisStore implements AnalysisStore {

    /**
     * The model's full assessment is health data of the photo: kept as long as the site keeps raw answers (its answer
     * retention); the outcome is folded into the verdict record, which stays.
     */
    public static final Duration RETENTION = Retention.DEFAULT_ANSWERS;
    public static final ZoneId DEFAULT_SITE_ZONE = ZoneId.of("Asia/Seoul");
    static final String INDEX_BY_IMAGE = "byImage";
    static final String INDEX_BY_WORKER_DAY = "byWorkerDay";

    static final TableSchema<AnalysisItem> SCHEMA = StaticTableSchema.builder(AnalysisItem.class)
            .newItemSupplier(AnalysisItem::new)
            .addAttribute(String.class, a -> a.name("analysisId").getter(i -> i.analysisId)
                    .setter((i, v) -> i.analysisId = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("siteId").getter(i -> i.siteId).setter((i, v) -> i.siteId = v))
            .addAttribute(String.class, a -> a.name("workerId").getter(i -> i.workerId).setter((i, v) -> i.workerId = v))
            .addAttribute(String.class, a -> a.name("imageKey").getter(i -> i.imageKey).setter((i, v) -> i.imageKey = v)
                    .tags(secondaryPartitionKey(INDEX_BY_IMAGE)))
            .addAttribute(String.class, a -> a.name("createdAt").getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v)
                    .tags(secondarySortKey(INDEX_BY_IMAGE), secondarySortKey(INDEX_BY_WORKER_DAY)))
            .addAttribute(String.class, a -> a.name("workerDay").getter(i -> i.workerDay).setter((i, v) -> i.workerDay = v)
                    .tags(secondaryPartitionKey(INDEX_BY_WORKER_DAY)))
            .addAttribute(String.class, a -> a.name("status").getter(i -> i.status).setter((i, v) -> i.status = v))
            .addAttribute(AttributeValue.class, a -> a.name("assessment").getter(i -> i.assessment)
                    .setter((i, v) -> i.assessment = v).attributeConverter(RawAttributeConverter.INSTANCE))
            .addAttribute(String.class, a -> a.name("provider").getter(i -> i.provider).setter((i, v) -> i.provider = v))
            .addAttribute(String.class, a -> a.name("modelId").getter(i -> i.modelId).setter((i, v) -> i.modelId = v))
            .addAttribute(Long.class, a -> a.name("latencyMs").getter(i -> i.latencyMs).setter((i, v) -> i.latencyMs = v))
            .addAttribute(Integer.class, a -> a.name("inputTokens").getter(i -> i.inputTokens)
                    .setter((i, v) -> i.inputTokens = v))
            .addAttribute(Integer.class, a -> a.name("outputTokens").getter(i -> i.outputTokens)
                    .setter((i, v) -> i.outputTokens = v))
            .addAttribute(String.class, a -> a.name("failure").getter(i -> i.failure).setter((i, v) -> i.failure = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
            .addAttribute(String.class, a -> a.name("imageVersion").getter(i -> i.imageVersion)
                    .setter((i, v) -> i.imageVersion = v))
            .addAttribute(Long.class, a -> a.name("ttl").getter(i -> i.ttl).setter((i, v) -> i.ttl = v))
            .build();

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<AnalysisItem> table;
    private final DynamoDbIndex<AnalysisItem> byImage;
    private final ZoneId siteZone;
    private final Retention retention;

    public DynamoDbAnalysisStore(DynamoDbClient client, String tableName) {
        this(client, tableName, DEFAULT_SITE_ZONE);
    }

    public DynamoDbAnalysisStore(DynamoDbClient client, String tableName, ZoneId siteZone) {
        this(client, tableName, siteZone, Retention.DEFAULT);
    }

    /** @param retention an analysis expires after its site's answer retention (TTL from its creation) */
    public DynamoDbAnalysisStore(DynamoDbClient client, String tableName, ZoneId siteZone, Retention retention) {
        this.retention = retention;
        this.client = client;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build().table(tableName, SCHEMA);
        this.byImage = table.index(INDEX_BY_IMAGE);
        this.siteZone = siteZone;
    }

    @Override
    public void create(Analysis analysis) {
        put(analysis, "attribute_not_exists(analysisId)", "analysis " + analysis.id() + " already exists");
    }

    @Override
    public void update(Analysis analysis) {
        put(analysis, "attribute_exists(analysisId)", "analysis " + analysis.id() + " does not exist");
    }

    @Override
    public Optional<Analysis> findById(String analysisId) {
        return DynamoDbErrors.call("find analysis", () -> Optional.ofNullable(table.getItem(r -> r
                .key(Key.builder().partitionValue(analysisId).build()).consistentRead(true))).map(DynamoDbAnalysisStore::toAnalysis));
    }

    @Override
    public Optional<Analysis> findLatestByImageKey(String imageKey) {
        return DynamoDbErrors.call("find analysis", () -> byImage.query(r -> r
                        .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(imageKey)))
                        .scanIndexForward(false)
                        .limit(1))
                .stream().flatMap(page -> page.items().stream()).findFirst().map(DynamoDbAnalysisStore::toAnalysis));
    }

    @Override
    public int countByWorkerOnDate(String workerId, LocalDate siteDate) {
        return DynamoDbErrors.call("count analyses", () -> client.queryPaginator(b -> b.tableName(tableName)
                        .indexName(INDEX_BY_WORKER_DAY)
                        .keyConditionExpression("workerDay = :day")
                        .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(workerDay(workerId, siteDate))))
                        .select(Select.COUNT))
                .stream().mapToInt(QueryResponse::count).sum());
    }

    private void put(Analysis analysis, String condition, String conflict) {
        AnalysisItem item = toItem(analysis);
        DynamoDbErrors.run("store analysis", () -> {
            try {
                table.putItem(PutItemEnhancedRequest.builder(AnalysisItem.class).item(item)
                        .conditionExpression(Expression.builder().expression(condition).build())
                        .build());
            } catch (ConditionalCheckFailedException e) {
                throw new ConflictException(conflict);
            }
        });
    }

    private static String workerDay(String workerId, LocalDate siteDate) {
        return workerId + "#" + siteDate;
    }

    private AnalysisItem toItem(Analysis a) {
        AnalysisItem item = new AnalysisItem();
        item.analysisId = a.id();
        item.siteId = a.siteId();
        item.workerId = a.workerId();
        item.imageKey = a.imageKey();
        item.createdAt = Times.format(a.createdAt());
        item.workerDay = workerDay(a.workerId(), LocalDate.ofInstant(a.createdAt(), siteZone));
        item.status = a.status().name();
        item.assessment = a.assessment().map(DomainAttributes::woundAssessment).orElse(null);
        item.provider = a.provider();
        item.modelId = a.modelId().orElse(null);
        item.latencyMs = a.latencyMs().orElse(null);
        item.inputTokens = a.inputTokens().orElse(null);
        item.outputTokens = a.outputTokens().orElse(null);
        item.failure = a.failure().orElse(null);
        item.updatedAt = Times.format(a.updatedAt());
        item.imageVersion = a.imageVersion().orElse(null);
        item.ttl = Times.ttl(a.createdAt(), retention.answersAt(a.siteId()));
        return item;
    }

    static Analysis toAnalysis(AnalysisItem i) {
        return new Analysis(i.analysisId, i.siteId, i.workerId, i.imageKey, AnalysisStatus.valueOf(i.status),
                Optional.ofNullable(i.assessment).map(DomainAttributes::woundAssessment), i.provider,
                Optional.ofNullable(i.modelId), Optional.ofNullable(i.latencyMs), Optional.ofNullable(i.inputTokens),
                Optional.ofNullable(i.outputTokens), Optional.ofNullable(i.failure), Times.parse(i.createdAt),
                Times.parse(i.updatedAt), Optional.ofNullable(i.imageVersion));
    }

    /** The stored form of an analysis; never leaves this adapter. */
    static final class AnalysisItem {
        String analysisId;
        String siteId;
        String workerId;
        String imageKey;
        String createdAt;
        String workerDay;
        String status;
        AttributeValue assessment;
        String provider;
        String modelId;
        Long latencyMs;
        Integer inputTokens;
        Integer outputTokens;
        String failure;
        String updatedAt;
        String imageVersion;
        Long ttl;
    }
}
