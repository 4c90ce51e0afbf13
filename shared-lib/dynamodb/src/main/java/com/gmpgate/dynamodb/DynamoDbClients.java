package com.gmpgate.dynamodb;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client: url-connection HTTP client (fastest cold start, one HTTP client on the
 * classpath), bounded timeouts, and the SDK's standard retry strategy, which retries throttling
 * (ProvisionedThroughputExceeded, RequestLimitExceeded) and transient 5xx/IO errors with jittered
 * exponential backoff before the adapters report {@code StoreUnavailableException}.
 */
public final class DynamoDbClients {

    static final int MAX_ATTEMPTS = 4;
    static final String LOCAL_REGION = "us-east-1";
    static final String LOCAL_ACCESS_KEY_ID = "local";
    static final String LOCAL_SECRET_ACCESS_KEY = "local-secret";

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(DynamoDbSettings settings, ExecutionInterceptor... interceptors) {
        return builder(settings, interceptors).build();
    }

    public static DynamoDbClientBuilder builder(DynamoDbSettings settings, ExecutionInterceptor... interceptors) {
        var endpoint = settings.optional(DynamoDbSettings.ENDPOINT).map(URI::create);
        String region = endpoint.isPresent()
                ? settings.optional(DynamoDbSettings.REGION).orElse(LOCAL_REGION)
                : settings.require(DynamoDbSettings.REGION);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(MAX_ATTEMPTS)
                        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofSeconds(1)))
                        .throttlingBackoffStrategy(
                                BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(2)))
                        .build())
                .apiCallAttemptTimeout(Duration.ofSeconds(5))
                .apiCallTimeout(Duration.ofSeconds(15));
        for (ExecutionInterceptor interceptor : interceptors) {
            override.addExecutionInterceptor(interceptor);
        }
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .region(Region.of(region))
                .credentialsProvider(credentials(settings, endpoint.isPresent()))
                .overrideConfiguration(override.build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    private static AwsCredentialsProvider credentials(DynamoDbSettings settings, boolean local) {
        var accessKey = settings.optional(DynamoDbSettings.ACCESS_KEY_ID);
        var secretKey = settings.optional(DynamoDbSettings.SECRET_ACCESS_KEY);
        if (accessKey.isPresent() && secretKey.isPresent()) {
            // Lambda hands the function's role credentials in these variables; reading them once is what
            // EnvironmentVariableCredentialsProvider would do, without walking the default chain.
            return StaticCredentialsProvider.create(settings.optional(DynamoDbSettings.SESSION_TOKEN)
                    .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(
                            token -> AwsSessionCredentials.create(accessKey.get(), secretKey.get(), token))
                    .orElseGet(() -> AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        }
        if (local) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
