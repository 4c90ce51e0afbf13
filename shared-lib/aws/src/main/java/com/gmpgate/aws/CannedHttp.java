package com.gmpgate.aws;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * SnapStart priming of an SDK client without a network: the client an adapter builds (its region, credentials,
 * retries, timeouts, endpoint), but over the SDK's canned-response HTTP client, which answers every request with 200
 * and one body and never opens a socket. A request through it initialises the service's protocol and model classes,
 * the signer and the endpoint rules for the snapshot. Each adapter module's primer (DynamoDbPriming, S3Priming, …)
 * builds on this.
 */
public final class CannedHttp {

    private CannedHttp() {
    }

    /**
     * {@code builder}'s client over the canned HTTP client, answering {@code body}; {@code seen} are added to the
     * interceptors it already has (tests look at what would have been sent).
     */
    public static <B extends SdkClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(B builder, String body,
            ExecutionInterceptor... seen) {
        ClientOverrideConfiguration.Builder override = builder.overrideConfiguration().toBuilder();
        for (ExecutionInterceptor interceptor : seen) {
            override.addExecutionInterceptor(interceptor);
        }
        return builder.httpClientBuilder(answering(body)).overrideConfiguration(override.build()).build();
    }

    /** An HTTP client builder that hands out a client answering every request with 200 and {@code body}. */
    public static SdkHttpClient.Builder<?> answering(String body) {
        SdkHttpClient canned = CannedResponseHttpClient.builder()
                .responseBody(body.getBytes(StandardCharsets.UTF_8)).statusCode(200).build();
        return new Handing(canned);
    }

    /**
     * What a primed client sent, one line per request: {@code <request> <host> signed} (or {@code unsigned}) — the
     * priming's own account of itself, which its tests read.
     */
    public static final class Sent implements ExecutionInterceptor {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            add(context.request().getClass().getSimpleName(), context.httpRequest().host(),
                    context.httpRequest().firstMatchingHeader("Authorization").isPresent());
        }

        /** A request signed without being sent (a presigned URL). */
        public void add(String request, String host, boolean signed) {
            lines.add(request + " " + host + (signed ? " signed" : " unsigned"));
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }
    }

    private record Handing(SdkHttpClient client) implements SdkHttpClient.Builder<Handing> {
        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return client;
        }
    }
}
