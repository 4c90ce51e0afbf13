package com.gmpgate.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The one place every SDK client of the functions (DynamoDB, S3 and its presigner, Bedrock, EventBridge, Secrets
 * Manager, SNS, the socket management API) is set up: the url-connection HTTP client (one HTTP client per classpath; it
 * starts fastest in Lambda) with bounded timeouts, the region, the credentials, and the endpoint override of a local
 * engine (dynalite, S3Proxy, moto_server). What differs per service (retries, call timeouts, S3's path style and
 * checksums) stays with that service's client factory. Also the reading of the environment: a missing variable fails
 * at start with its name.
 * <pre>{@code
 * EventBridgeClient client = LambdaClients.configure(EventBridgeClient.builder(), env).build();
 * }</pre>
 */
public final class LambdaClients {

    /** Set by Lambda. */
    public static final String REGION = "AWS_REGION";
    /** Set by Lambda: the function role's credentials. */
    public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

    /** The local engines' region: S3Proxy rejects any other location constraint (DESIGN.md section 6). */
    public static final String LOCAL_REGION = "us-east-1";
    /** What signs requests to a local engine when the environment names no credentials (they check none). */
    static final AwsBasicCredentials LOCAL_CREDENTIALS = AwsBasicCredentials.create("local", "local-secret");

    /** Connect within 2 s, a reply within 5 s: a stalled call must not eat the function's timeout. */
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private LambdaClients() {
    }

    /**
     * Where and as whom a client talks. In AWS: the region and the role's credentials Lambda sets (read from the
     * environment once, without walking the default chain; outside Lambda, e.g. the admin CLI, the default chain).
     * A SnapStart function gets no keys in its environment (they would be frozen in the snapshot): there the default
     * chain finds Lambda's container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI) and renews them itself.
     * Against a local engine ({@code endpoint}): that endpoint, the local region unless one is set, and the
     * environment's credentials or fixed local ones.
     */
    public record Target(Region region, AwsCredentialsProvider credentials, Optional<URI> endpoint) {

        /** The builder with the HTTP client (reply within {@code socketTimeout}), region, credentials and endpoint. */
        public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B apply(B builder,
                Duration socketTimeout) {
            builder.httpClientBuilder(httpClient(socketTimeout));
            builder.region(region).credentialsProvider(credentials);
            endpoint.ifPresent(builder::endpointOverride);
            return builder;
        }

        public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B apply(B builder) {
            return apply(builder, SOCKET_TIMEOUT);
        }
    }

    /**
     * @param setting reads one environment variable; blank counts as unset
     * @param endpoint a local engine's endpoint (the service's own variable), empty in AWS
     * @throws IllegalStateException naming {@value #REGION} when it is unset outside a local engine
     */
    public static Target target(Function<String, Optional<String>> setting, Optional<URI> endpoint) {
        Optional<String> region = setting.apply(REGION).filter(value -> !value.isBlank());
        Region chosen = Region.of(endpoint.isPresent()
                ? region.orElse(LOCAL_REGION)
                : region.orElseThrow(() -> missing(REGION)));
        return new Target(chosen, credentials(setting, endpoint.isPresent()), endpoint);
    }

    public static Target target(Map<String, String> env, Optional<URI> endpoint) {
        return target(name -> optional(env, name), endpoint);
    }

    /** The builder set up for AWS (no endpoint override), replies within {@link #SOCKET_TIMEOUT}. */
    public static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B configure(B builder,
            Map<String, String> env) {
        return target(env, Optional.empty()).apply(builder);
    }

    public static UrlConnectionHttpClient.Builder httpClient() {
        return httpClient(SOCKET_TIMEOUT);
    }

    public static UrlConnectionHttpClient.Builder httpClient(Duration socketTimeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(socketTimeout);
    }

    /** Unset and blank are the same: absent. */
    public static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    /** @throws IllegalStateException naming the variable when it is unset or blank */
    public static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> missing(name));
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("environment variable " + name + " must be set");
    }

    private static AwsCredentialsProvider credentials(Function<String, Optional<String>> setting, boolean local) {
        Optional<String> key = setting.apply(ACCESS_KEY_ID).filter(value -> !value.isBlank());
        Optional<String> secret = setting.apply(SECRET_ACCESS_KEY).filter(value -> !value.isBlank());
        if (key.isPresent() && secret.isPresent()) {
            return StaticCredentialsProvider.create(setting.apply(SESSION_TOKEN).filter(value -> !value.isBlank())
                    .<AwsCredentials>map(token -> AwsSessionCredentials.create(key.get(), secret.get(), token))
                    .orElseGet(() -> AwsBasicCredentials.create(key.get(), secret.get())));
        }
        if (local) {
            return StaticCredentialsProvider.create(LOCAL_CREDENTIALS);
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
