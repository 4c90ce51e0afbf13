package com.gmpgate.testing;

import com.gmpgate.localaws.BucketProvisioner;
import com.gmpgate.localaws.Dynalite;
import com.gmpgate.localaws.LocalEndpoints;
import com.gmpgate.localaws.TableProvisioner;
import com.gmpgate.template.StorageTemplate;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One test class's tables and buckets: every resource of {@code template.yaml}, under names unique to
 * the class, so test classes never see each other's data.
 */
public final class LocalAwsResources implements AutoCloseable {

    private final Backend backend;
    private final String prefix;
    private final Path repositoryRoot;
    private final StorageTemplate template;
    private final LocalEndpoints endpoints;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;

    LocalAwsResources(Backend backend, String prefix, Path repositoryRoot, StorageTemplate template,
            LocalEndpoints endpoints) {
        this.backend = backend;
        this.prefix = prefix;
        this.repositoryRoot = repositoryRoot;
        this.template = template;
        this.endpoints = endpoints;
        this.dynamoDb = endpoints.dynamoDbClient();
        this.s3 = endpoints.s3Client();
    }

    void create() {
        new TableProvisioner(dynamoDb, backend == Backend.LOCALSTACK).createAll(template.tables(), this::tableName);
        new BucketProvisioner(s3).createAll(template.buckets(), this::bucketName);
    }

    /** The physical name of a table of the template, e.g. {@code tableName("UsersTable")}. */
    public String tableName(String logicalId) {
        if (template.table(logicalId).isEmpty()) {
            throw new IllegalArgumentException("template.yaml has no AWS::DynamoDB::Table " + logicalId
                    + "; it has " + template.tables().stream().map(t -> t.logicalId()).toList());
        }
        return prefix + logicalId;
    }

    /** The physical name of a bucket of the template, e.g. {@code bucketName("ImagesBucket")}. */
    public String bucketName(String logicalId) {
        if (template.buckets().stream().noneMatch(b -> b.logicalId().equals(logicalId))) {
            throw new IllegalArgumentException("template.yaml has no AWS::S3::Bucket " + logicalId);
        }
        return BucketProvisioner.bucketName(prefix, logicalId);
    }

    public Backend backend() {
        return backend;
    }

    public LocalEndpoints endpoints() {
        return endpoints;
    }

    /** A plain client for arranging and inspecting data; the code under test builds its own. */
    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public S3Client s3() {
        return s3;
    }

    public StorageTemplate template() {
        return template;
    }

    public Path repositoryRoot() {
        return repositoryRoot;
    }

    /**
     * Starts a dynalite of the caller's own, on disk in {@code dataDirectory}, with this class's tables:
     * a test may stop and restart it (the data survives) without disturbing the shared one.
     */
    public Dynalite startPrivateDynalite(Path dataDirectory) {
        Dynalite dynalite = Dynalite.start(repositoryRoot, Optional.of(dataDirectory));
        LocalEndpoints privateEndpoints = new LocalEndpoints(dynalite.endpoint(), endpoints.s3(), endpoints.region(),
                endpoints.accessKeyId(), endpoints.secretAccessKey());
        try (DynamoDbClient client = privateEndpoints.dynamoDbClient()) {
            new TableProvisioner(client, false).createAll(template.tables(), this::tableName);
        }
        return dynalite;
    }

    @Override
    public void close() {
        try {
            new TableProvisioner(dynamoDb, false).deleteAll(template.tables(), this::tableName);
            new BucketProvisioner(s3).deleteAll(template.buckets(), this::bucketName);
        } finally {
            dynamoDb.close();
            s3.close();
        }
    }
}
