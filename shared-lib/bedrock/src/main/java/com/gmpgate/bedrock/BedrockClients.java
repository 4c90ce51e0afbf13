package com.gmpgate.bedrock;

import com.gmpgate.aws.LambdaClients;
import java.util.Optional;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/** Builds the Bedrock Runtime client once per execution environment. */
public final class BedrockClients {

    private BedrockClients() {
    }

    /**
     * HTTP client, region, credentials and a local stub's endpoint as every client gets them ({@link LambdaClients}),
     * a reply within the attempt timeout. One attempt per SDK call, bounded by the attempt timeout:
     * {@link BedrockWoundAssessor} decides itself what is worth a second attempt. The SDK's own strategy would retry
     * throttling with back-off for seconds (and adds throttling back to any custom strategy), inside a 29 s API call; a
     * throttled photo goes to a supervisor instead.
     */
    public static BedrockRuntimeClient create(BedrockSettings settings) {
        return builder(settings).build();
    }

    /** The client's builder, as {@link #create} sets it up ({@link BedrockPriming} builds it too). */
    static BedrockRuntimeClientBuilder builder(BedrockSettings settings) {
        return LambdaClients.target(name -> name.equals(BedrockSettings.REGION) ? settings.region() : Optional.empty(),
                        settings.endpoint())
                .apply(BedrockRuntimeClient.builder(), settings.attemptTimeout())
                .overrideConfiguration(o -> o
                        .apiCallTimeout(settings.attemptTimeout())
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
    }
}
