package com.gmpgate.notification.live;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Env;
import com.gmpgate.notification.application.LiveUpdates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * LiveSocketFunction: the WebSocket API's {@code $connect}, {@code $disconnect} and {@code $default} routes.
 * {@code $connect} has passed the REQUEST authorizer (the access token in the {@code token} query parameter), whose
 * context names the user, role and site; only an admin's socket is kept, under its site. {@code $default} answers
 * the app's keep-alive pings (API Gateway drops a socket idle for 10 minutes).
 */
public final class LiveSocketHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveUpdates live;

    public LiveSocketHandler() {
        this(Env.system());
    }

    public LiveSocketHandler(Env env) {
        this(LiveWiring.connectionsOnly(env));
    }

    public LiveSocketHandler(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode request = JSON.readTree(in).path("requestContext");
        String connectionId = request.path("connectionId").asText("");
        int status = switch (request.path("routeKey").asText("")) {
            case "$connect" -> {
                JsonNode caller = request.path("authorizer");
                yield live.connect(connectionId, caller.path("userId").asText(null), caller.path("role").asText(null),
                        caller.path("siteId").asText(null)) ? 200 : 403;
            }
            case "$disconnect" -> {
                live.disconnect(connectionId);
                yield 200;
            }
            default -> 200;
        };
        out.write(("{\"statusCode\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }
}
