package com.gmpgate.messaging;

import static com.gmpgate.aws.LambdaClients.optional;
import static com.gmpgate.aws.LambdaClients.required;

import com.gmpgate.aws.LambdaClients;
import com.gmpgate.port.LivePush;
import com.gmpgate.port.SiteAlerts;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * Picks the messaging adapters for the environment: locally (a data directory is set, as local-api does) the outbox;
 * in AWS the alert topic. Built once per execution environment; a missing variable fails at start with its name.
 */
public final class Messaging {

    /** The alert topic (template.yaml: {@code !Ref SiteAlertTopic}). */
    public static final String ALERT_TOPIC_ARN = "GMP_ALERT_TOPIC_ARN";
    /** Set by local-api only. */
    public static final String DATA_DIR = "GMP_DATA_DIR";
    /** Tests only (moto_server). */
    public static final String SNS_ENDPOINT = "GMP_SNS_ENDPOINT";
    public static final String REGION = LambdaClients.REGION;
    /** The WebSocket API's management endpoint ({@code https://<api>.execute-api.<region>.amazonaws.com/<stage>}). */
    public static final String LIVE_MANAGEMENT_ENDPOINT = "GMP_LIVE_MANAGEMENT_ENDPOINT";

    private Messaging() {
    }

    public static SiteAlerts siteAlerts(Map<String, String> env) {
        Optional<String> dataDir = optional(env, DATA_DIR);
        if (dataDir.isPresent()) {
            return new LocalSiteAlerts(Path.of(dataDir.get()));
        }
        return new SnsSiteAlerts(sns(env), required(env, ALERT_TOPIC_ARN));
    }

    public static LivePush livePush(Map<String, String> env) {
        if (optional(env, DATA_DIR).isPresent()) {
            return LocalSockets.local();
        }
        return new ApiGatewayLivePush(managementApi(env, URI.create(required(env, LIVE_MANAGEMENT_ENDPOINT))));
    }

    static ApiGatewayManagementApiClient managementApi(Map<String, String> env, URI endpoint) {
        // the socket API's own endpoint, in AWS too: the region and the role's credentials are Lambda's
        return LambdaClients.configure(ApiGatewayManagementApiClient.builder(), env).endpointOverride(endpoint).build();
    }

    static SnsClient sns(Map<String, String> env) {
        return snsBuilder(env).build();
    }

    /** The alerts' client as the environment sets it up ({@link SnsPriming} builds it too). */
    static SnsClientBuilder snsBuilder(Map<String, String> env) {
        return LambdaClients.target(env, optional(env, SNS_ENDPOINT).map(URI::create)).apply(SnsClient.builder());
    }
}
