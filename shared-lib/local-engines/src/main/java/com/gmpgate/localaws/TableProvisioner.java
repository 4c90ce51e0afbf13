package com.gmpgate.localaws;

import com.gmpgate.template.IndexDefinition;
import com.gmpgate.template.KeyElement;
import com.gmpgate.template.TableDefinition;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the template's tables on a local engine. CreateTable is asynchronous, so each call returns
 * only once every table is ACTIVE. dynalite has no UpdateTimeToLive: TTL is applied only when asked
 * (LocalStack); locally nothing expires, which no test relies on.
 */
public final class TableProvisioner {

    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDbClient dynamoDb;
    private final boolean applyTimeToLive;

    public TableProvisioner(DynamoDbClient dynamoDb, boolean applyTimeToLive) {
        this.dynamoDb = dynamoDb;
        this.applyTimeToLive = applyTimeToLive;
    }

    /**
     * Creates each table that does not exist yet, named by {@code physicalName(logicalId)}, and waits
     * until all are ACTIVE. Existing tables are left as they are (a local data directory survives restarts).
     */
    public void createAll(List<TableDefinition> tables, UnaryOperator<String> physicalName) {
        for (TableDefinition table : tables) {
            create(table, physicalName.apply(table.logicalId()));
        }
        for (TableDefinition table : tables) {
            awaitActive(physicalName.apply(table.logicalId()));
        }
    }

    public void deleteAll(List<TableDefinition> tables, UnaryOperator<String> physicalName) {
        for (TableDefinition table : tables) {
            try {
                dynamoDb.deleteTable(b -> b.tableName(physicalName.apply(table.logicalId())));
            } catch (ResourceNotFoundException | ResourceInUseException e) {
                // gone already, or still being created by someone else: either way not ours to wait for
            }
        }
    }

    private void create(TableDefinition table, String name) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(table.attributeTypes().entrySet().stream()
                        .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
                        .toList())
                .keySchema(keySchema(table.keySchema()));
        if (!table.globalSecondaryIndexes().isEmpty()) {
            request.globalSecondaryIndexes(table.globalSecondaryIndexes().stream().map(TableProvisioner::index).toList());
        }
        try {
            dynamoDb.createTable(request.build());
        } catch (ResourceInUseException e) {
            return;
        }
        if (applyTimeToLive && table.ttlAttribute().isPresent()) {
            awaitActive(name);
            dynamoDb.updateTimeToLive(b -> b.tableName(name)
                    .timeToLiveSpecification(t -> t.attributeName(table.ttlAttribute().get()).enabled(true)));
        }
    }

    private static GlobalSecondaryIndex index(IndexDefinition index) {
        Projection.Builder projection = Projection.builder().projectionType(ProjectionType.fromValue(index.projectionType()));
        if (!index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keySchema(index.keySchema()))
                .projection(projection.build())
                .build();
    }

    private static List<KeySchemaElement> keySchema(List<KeyElement> keys) {
        return keys.stream()
                .map(k -> KeySchemaElement.builder().attributeName(k.attributeName())
                        .keyType(k.hash() ? KeyType.HASH : KeyType.RANGE).build())
                .toList();
    }

    private void awaitActive(String name) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (true) {
            var table = dynamoDb.describeTable(b -> b.tableName(name)).table();
            boolean indexesActive = table.globalSecondaryIndexes().stream()
                    .allMatch(i -> i.indexStatus() == null || "ACTIVE".equals(i.indexStatusAsString()));
            if (table.tableStatus() == TableStatus.ACTIVE && indexesActive) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LocalAwsException("table " + name + " is not ACTIVE after " + ACTIVE_TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalAwsException("interrupted while waiting for table " + name, e);
            }
        }
    }
}
