package com.gmpgate.local.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.local.lambda.Invocation;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.Intrinsics;
import com.gmpgate.messaging.LocalSockets;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The template's WebSocket API ({@code AWS::ApiGatewayV2::Api} with {@code ProtocolType: WEBSOCKET}) served locally,
 * as API Gateway serves it: the handshake runs the {@code $connect} route's REQUEST authorizer function (its
 * identity source, the {@code token} query parameter, must be present: else 401), then the {@code $connect}
 * function with the authorizer's context (anything but 200 refuses the socket); messages go to {@code $default};
 * a close runs {@code $disconnect}. What a function posts to a connection (the management API) arrives through
 * {@link LocalSockets}. Java-WebSocket does the RFC 6455 framing.
 */
public final class LocalWebSocketApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code ${Fn.Arn}}, or SAM's {@code ${Fn.Alias}}: locally there is one version of each function. */
    private static final Pattern FUNCTION_ARN = Pattern.compile("\\$\\{(\\w+)\\.(?:Arn|Alias)}");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");
    private static final Duration LIMIT = Duration.ofSeconds(29);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiId;
    private final Map<String, String> routeFunctions;
    private final Optional<String> connectAuthorizer;
    private final LocalLambda lambda;
    private final LocalLog log;
    private final LocalSockets sockets;
    private final Server server;

    private LocalWebSocketApi(String apiId, Map<String, String> routeFunctions, Optional<String> connectAuthorizer,
            LocalLambda lambda, LocalLog log, LocalSockets sockets, InetSocketAddress address) {
        this.apiId = apiId;
        this.routeFunctions = routeFunctions;
        this.connectAuthorizer = connectAuthorizer;
        this.lambda = lambda;
        this.log = log;
        this.sockets = sockets;
        this.server = new Server(address);
    }

    /** The template's first WebSocket API, listening on {@code address} (port 0: any free one); empty if none. */
    public static Optional<LocalWebSocketApi> start(CfnTemplate template, LocalLambda lambda, LocalLog log,
            InetSocketAddress address) {
        Optional<String> api = template.resourcesOfType("AWS::ApiGatewayV2::Api").entrySet().stream()
                .filter(e -> "WEBSOCKET".equals(CfnTemplate.properties(e.getValue()).get("ProtocolType")))
                .map(Map.Entry::getKey).findFirst();
        if (api.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> integrations = new HashMap<>();
        template.resourcesOfType("AWS::ApiGatewayV2::Integration").forEach((id, r) ->
                first(FUNCTION_ARN, CfnTemplate.properties(r).get("IntegrationUri")).ifPresent(f -> integrations.put(id, f)));
        Map<String, String> authorizers = new HashMap<>();
        template.resourcesOfType("AWS::ApiGatewayV2::Authorizer").forEach((id, r) ->
                first(FUNCTION_ARN, CfnTemplate.properties(r).get("AuthorizerUri")).ifPresent(f -> authorizers.put(id, f)));
        Map<String, String> routes = new HashMap<>();
        Optional<String> connectAuthorizer = Optional.empty();
        for (Map<String, Object> route : template.resourcesOfType("AWS::ApiGatewayV2::Route").values()) {
            Map<String, Object> properties = CfnTemplate.properties(route);
            if (!refersTo(properties.get("ApiId"), api.get())) {
                continue;
            }
            String key = String.valueOf(properties.get("RouteKey"));
            first(REFERENCE, properties.get("Target")).map(integrations::get).ifPresent(f -> routes.put(key, f));
            if (key.equals("$connect") && properties.get("AuthorizerId") instanceof Map<?, ?> ref) {
                connectAuthorizer = Optional.ofNullable(authorizers.get(String.valueOf(ref.get("Ref"))));
            }
        }
        LocalWebSocketApi local = new LocalWebSocketApi(api.get(), Map.copyOf(routes), connectAuthorizer, lambda, log,
                LocalSockets.local(), address);
        local.server.startAndWait();
        log.info("WebSocket API " + api.get() + " at " + local.uri() + " (routes " + routes.keySet() + ")");
        return Optional.of(local);
    }

    public URI uri() {
        return URI.create("ws://" + server.getAddress().getHostString() + ":" + server.port + "/");
    }

    private static boolean refersTo(Object value, String logicalId) {
        return value instanceof Map<?, ?> ref && logicalId.equals(ref.get("Ref"));
    }

    private static Optional<String> first(Pattern pattern, Object value) {
        Object text = value instanceof Map<?, ?> sub ? sub.get("Fn::Sub") : value;
        if (text instanceof java.util.List<?> list && !list.isEmpty()) {
            text = list.get(0);
        }
        if (!(text instanceof String s)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(s);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    // ---- events as API Gateway sends them --------------------------------------------------------------------

    private ObjectNode event(String routeKey, String eventType, String connectionId, Map<String, String> query,
            JsonNode authorizer, String body) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode queries = event.putObject("queryStringParameters");
        query.forEach(queries::put);
        ObjectNode context = event.putObject("requestContext");
        context.put("routeKey", routeKey);
        context.put("eventType", eventType);
        context.put("messageDirection", "IN");
        context.put("connectionId", connectionId);
        context.put("requestId", java.util.UUID.randomUUID().toString());
        context.put("apiId", apiId);
        context.put("stage", "local");
        context.put("domainName", "localhost");
        context.put("connectedAt", Instant.now().toEpochMilli());
        context.put("requestTimeEpoch", Instant.now().toEpochMilli());
        if (authorizer != null) {
            context.set("authorizer", authorizer);
        }
        event.put("isBase64Encoded", false);
        if (body != null) {
            event.put("body", body);
        }
        return event;
    }

    /** The authorizer's context on Allow; empty for a missing token or any refusal. */
    private Optional<JsonNode> authorize(String functionId, String connectionId, Map<String, String> query) {
        if (!query.containsKey("token") || query.get("token").isBlank()) {
            return Optional.empty(); // API Gateway refuses a missing identity source without calling the authorizer
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "REQUEST");
        event.put("methodArn", "arn:aws:execute-api:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":" + apiId
                + "/local/$connect");
        ObjectNode queries = event.putObject("queryStringParameters");
        query.forEach(queries::put);
        event.putObject("requestContext").put("connectionId", connectionId).put("routeKey", "$connect")
                .put("eventType", "CONNECT").put("apiId", apiId).put("stage", "local");
        Invocation result = lambda.invoke(functionId, event.toString().getBytes(StandardCharsets.UTF_8), LIMIT);
        if (!(result instanceof Invocation.Returned returned)) {
            return Optional.empty();
        }
        try {
            JsonNode answer = JSON.readTree(returned.payload());
            for (JsonNode statement : answer.path("policyDocument").path("Statement")) {
                if ("Allow".equals(statement.path("Effect").asText())) {
                    ObjectNode context = answer.path("context").isObject() ? (ObjectNode) answer.get("context").deepCopy()
                            : JSON.createObjectNode();
                    context.put("principalId", answer.path("principalId").asText());
                    return Optional.of(context);
                }
            }
        } catch (IOException e) {
            log.info("WebSocket: the authorizer's answer is not JSON: " + e.getMessage());
        }
        return Optional.empty();
    }

    private int invokeRoute(String routeKey, ObjectNode event) {
        String function = routeFunctions.get(routeKey);
        if (function == null) {
            return 200; // no route: API Gateway would answer the client itself
        }
        Invocation result = lambda.invoke(function, event.toString().getBytes(StandardCharsets.UTF_8), LIMIT);
        if (!(result instanceof Invocation.Returned returned)) {
            log.info("WebSocket " + routeKey + " → " + function + " failed: " + result);
            return 502;
        }
        try {
            return JSON.readTree(returned.payload()).path("statusCode").asInt(200);
        } catch (IOException e) {
            return 200;
        }
    }

    static Map<String, String> query(String resource) {
        Map<String, String> query = new HashMap<>();
        int mark = resource.indexOf('?');
        if (mark < 0) {
            return query;
        }
        for (String pair : resource.substring(mark + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static String newConnectionId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes); // API Gateway's look: "Gyvd8cAwoAMCJTg="
    }

    @Override
    public void close() {
        try {
            server.stop(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {

        private final CountDownLatch started = new CountDownLatch(1);
        private volatile int port;

        Server(InetSocketAddress address) {
            super(address);
            setReuseAddr(true);
            setDaemon(true);
        }

        void startAndWait() {
            start();
            try {
                if (!started.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the local WebSocket server did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
                ClientHandshake request) throws InvalidDataException {
            ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
            String connectionId = newConnectionId();
            Map<String, String> query = query(request.getResourceDescriptor());
            JsonNode authorizer = null;
            if (connectAuthorizer.isPresent()) {
                authorizer = authorize(connectAuthorizer.get(), connectionId, query).orElse(null);
                if (authorizer == null) {
                    log.info("WebSocket $connect refused: 401");
                    throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "401 Unauthorized");
                }
            }
            query.remove("token");
            int status = invokeRoute("$connect", event("$connect", "CONNECT", connectionId, query, authorizer, null));
            if (status != 200) {
                log.info("WebSocket $connect refused: " + status);
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, status + " refused by $connect");
            }
            conn.setAttachment(connectionId);
            return response;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            String connectionId = conn.getAttachment();
            sockets.register(connectionId, message -> {
                if (!conn.isOpen()) {
                    return false;
                }
                conn.send(message);
                return true;
            });
            log.info("WebSocket $connect " + connectionId);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            String connectionId = conn.getAttachment();
            if (connectionId == null) {
                return;
            }
            sockets.unregister(connectionId);
            invokeRoute("$disconnect", event("$disconnect", "DISCONNECT", connectionId, Map.of(), null, null));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            String connectionId = conn.getAttachment();
            if (message.length() > 32 * 1024) {
                conn.close(CloseFrame.TOOBIG, "message too large"); // API Gateway's frame limit is 32 KB
                return;
            }
            invokeRoute("$default", event("$default", "MESSAGE", connectionId, Map.of(), null, message));
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            log.info("WebSocket error: " + ex);
        }

        @Override
        public void onStart() {
            port = getPort();
            started.countDown();
        }
    }
}
