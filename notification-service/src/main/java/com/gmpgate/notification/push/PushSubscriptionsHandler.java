package com.gmpgate.notification.push;

import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiFunction;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Env;
import com.gmpgate.api.Json;
import com.gmpgate.api.Priming;
import com.gmpgate.domain.user.Role;
import com.gmpgate.dynamodb.DynamoDbPriming;
import com.gmpgate.keys.SecretsManagerPriming;
import com.gmpgate.notification.application.WorkerNotices;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * PushSubscriptionsFunction: {@code GET /v1/notifications/push-key} hands the worker's app the application-server
 * key its browser subscribes with (VAPID; created on first use), and {@code POST /v1/notifications/push-subscriptions}
 * keeps the subscription the browser made, under the calling worker, so that a supervisor's decision reaches them.
 */
public final class PushSubscriptionsHandler extends ApiFunction {

    private final ApiDispatcher api;

    public PushSubscriptionsHandler() {
        this(Env.system());
        Priming.register("PushSubscriptionsFunction", this, List.of(DynamoDbPriming::prime, SecretsManagerPriming::prime),
                PRIMING_EVENT);
    }

    /** SnapStart priming ({@link Priming}): an admin asking for the push key, refused (403) before the key is read. */
    static final String PRIMING_EVENT = Priming.restEvent("GET", "/v1/notifications/push-key", "ADMIN", null);

    public PushSubscriptionsHandler(Env env) {
        this(PushWiring.subscriptions(env), PushWiring.publicKey(env), Clock.systemUTC(), CorsPolicy.from(env));
    }

    /** @param publicKey the VAPID public key, base64url; read (and created) the first time a worker asks */
    public PushSubscriptionsHandler(WorkerNotices notices, Supplier<String> publicKey, Clock clock, CorsPolicy cors) {
        this.api = ApiDispatcher.builder(clock)
                .cors(cors)
                .route("GET", "/v1/notifications/push-key", Role.WORKER, (request, caller) ->
                        ApiResponse.ok(Map.of("publicKey", publicKey.get())))
                .route("POST", "/v1/notifications/push-subscriptions", Role.WORKER, (request, caller) -> {
                    PushBodies.Subscription body = Json.read(request, PushBodies.Subscription.class);
                    notices.subscribe(caller.userId(), caller.siteId(), URI.create(body.endpoint()),
                            body.keys().p256dh(), body.keys().auth());
                    return ApiResponse.noContent();
                })
                .build();
    }

    @Override
    public ApiDispatcher dispatcher() {
        return api;
    }
}
