package com.gmpgate.bedrock;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** Builds the Bedrock Runtime client once per execution environment. */
public final class BedrockClients {

    private BedrockClients() {
    }

    /**
     * One attempt per SDK call, bounded by the attempt timeout: {@link BedrockWoundAssessor} decides itself what is
     * worth a second attempt. The SDK's own strategy would retry throttling with back-off for seconds (and adds
     * throttling back to any custom strategy), inside a 29 s API call; a throttled photo goes to a supervisor instead.
     */
    public static BedrockRuntimeClient create(BedrockSettings settings) {
        var builder = BedrockRuntimeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(settings.attemptTimeout()))
                .overrideConfiguration(o -> o
                        .apiCallTimeout(settings.attemptTimeout())
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (settings.endpoint().isPresent()) {
            // a local stub: any region and credentials sign the request well enough
            builder.endpointOverride(settings.endpoint().get())
                    .region(Region.of(settings.region().orElse("us-east-1")))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.region(Region.of(settings.region().orElseThrow(() ->
                            new IllegalStateException("environment variable " + BedrockSettings.REGION + " is not set"))))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
