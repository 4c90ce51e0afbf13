package com.gmpgate.notification.live;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.gmpgate.api.ApiDispatcher;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.domain.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * LiveEndpointFunction: {@code GET /v1/live/endpoint} tells an admin app where its live socket is (the WebSocket
 * API's URL in AWS; local-api's own socket locally), so the app needs no build-time setting for it.
 */
public final class LiveEndpointHandler implements RequestStreamHandler {

    /** The socket's URL, {@code wss://…/<stage>} (template.yaml; local-api sets its own). */
    public static final String LIVE_URL = "GMP_LIVE_URL";

    private final ApiDispatcher api;

    public LiveEndpointHandler() {
        this(Env.system());
    }

    public LiveEndpointHandler(Env env) {
        this(URI.create(env.required(LIVE_URL)), Clock.systemUTC());
    }

    public LiveEndpointHandler(URI url, Clock clock) {
        if (!("wss".equals(url.getScheme()) || "ws".equals(url.getScheme()))) {
            throw new IllegalStateException("environment variable " + LIVE_URL + " must be a ws(s):// URL: " + url);
        }
        this.api = ApiDispatcher.builder(clock)
                .route("GET", "/v1/live/endpoint", Role.ADMIN, (request, caller) ->
                        ApiResponse.ok(Map.of("url", url.toString(), "tokenParameter", "token")))
                .build();
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        api.handle(in, out, context);
    }
}
