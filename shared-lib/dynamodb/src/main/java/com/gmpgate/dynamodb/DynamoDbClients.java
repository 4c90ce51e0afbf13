package com.gmpgate.dynamodb;

import com.gmpgate.aws.LambdaClients;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client: HTTP client, region, credentials and a local engine's endpoint as every client
 * gets them ({@link LambdaClients}), and the SDK's standard retry strategy, which retries throttling
 * (ProvisionedThroughputExceeded, RequestLimitExceeded) and transient 5xx/IO errors with jittered
 * exponential backoff before the adapters report {@code StoreUnavailableException}.
 */
public final class DynamoDbClients {

    static final int MAX_ATTEMPTS = 4;

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(DynamoDbSettings settings, ExecutionInterceptor... interceptors) {
        return builder(settings, interceptors).build();
    }

    public static DynamoDbClientBuilder builder(DynamoDbSettings settings, ExecutionInterceptor... interceptors) {
        var target = LambdaClients.target(settings::optional, settings.optional(DynamoDbSettings.ENDPOINT).map(URI::create));
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
        return target.apply(DynamoDbClient.builder()).overrideConfiguration(override.build());
    }
}
