package com.gmpgate.localaws;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Where the local (or LocalStack) DynamoDB and S3 listen, and with which credentials to sign. */
public record LocalEndpoints(URI dynamoDb, URI s3, String region, String accessKeyId, String secretAccessKey) {

    public LocalEndpoints {
        Objects.requireNonNull(dynamoDb, "dynamoDb");
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    public StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    /**
     * The variables a function reads to reach this DynamoDB and sign for it, as local-api sets them: the names
     * DynamoDbSettings reads ({@code GMP_DYNAMODB_ENDPOINT}, and LambdaClients' region and key pair). A test adds
     * the tables it wants to this new map and builds the function, or DynamoDbSettings, from it.
     */
    public Map<String, String> dynamoDbEnvironment() {
        return signedFor("GMP_DYNAMODB_ENDPOINT", dynamoDb);
    }

    /** The same for this S3: the names S3Settings reads ({@code GMP_S3_ENDPOINT}, region, key pair). */
    public Map<String, String> s3Environment() {
        return signedFor("GMP_S3_ENDPOINT", s3);
    }

    private Map<String, String> signedFor(String endpointVariable, URI endpoint) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(endpointVariable, endpoint.toString());
        environment.put("AWS_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", accessKeyId);
        environment.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        return environment;
    }

    /** A plain client for preparing and inspecting tables (adapters build their own). */
    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)))
                .endpointOverride(dynamoDb)
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .build();
    }

    /** A plain client for preparing and inspecting buckets: path-style, checksums only where required (S3Proxy). */
    public S3Client s3Client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(s3)
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
