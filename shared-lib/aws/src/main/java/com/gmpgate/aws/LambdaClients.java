package com.gmpgate.aws;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every SDK client an adapter builds inside a function shares: the url-connection HTTP client (one HTTP client per
 * classpath; it starts fastest in Lambda) with bounded timeouts, the region Lambda sets, and the role's credentials
 * Lambda hands in the environment (read from there, without walking the default chain). Also the reading of that
 * environment: a missing variable fails at start with its name.
 * <pre>{@code
 * EventBridgeClient client = LambdaClients.configure(EventBridgeClient.builder(), env).build();
 * }</pre>
 */
public final class LambdaClients {

    /** Set by Lambda. */
    public static final String REGION = "AWS_REGION";

    private LambdaClients() {
    }

    /** The builder with the HTTP client, region and credentials set. */
    public static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B configure(B builder,
            Map<String, String> env) {
        builder.httpClientBuilder(httpClient());
        return builder.region(Region.of(required(env, REGION)))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create());
    }

    /** Connect within 2 s, a reply within 5 s: a stalled call must not eat the function's timeout. */
    public static UrlConnectionHttpClient.Builder httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(5));
    }

    /** Unset and blank are the same: absent. */
    public static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    /** @throws IllegalStateException naming the variable when it is unset or blank */
    public static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() ->
                new IllegalStateException("environment variable " + name + " must be set"));
    }
}
