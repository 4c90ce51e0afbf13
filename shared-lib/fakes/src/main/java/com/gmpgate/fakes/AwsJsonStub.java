package com.gmpgate.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A local HTTP server speaking an AWS JSON 1.1 protocol (Secrets Manager, EventBridge, …): each request's
 * {@code X-Amz-Target} operation and JSON body go to a function the test writes, which answers as the service
 * would — with its state, its conditional semantics, its error {@code __type}s. For adapters whose service has no
 * local engine; the SDK itself runs unmocked against it. Every request is kept for assertions.
 */
public final class AwsJsonStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the service answers: a status and a JSON body (for an error, {@code {"__type": …, "message": …}}). */
    public record Reply(int status, JsonNode body) {
        public Reply {
            Objects.requireNonNull(body, "body");
        }

        public static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }

        public static Reply error(int status, String type, String message) {
            return new Reply(status, JSON.createObjectNode().put("__type", type).put("message", message));
        }
    }

    /** @param operation the {@code X-Amz-Target} after the service prefix, e.g. {@code GetSecretValue} */
    public record Call(String operation, JsonNode body) {
    }

    private final LoopbackServer server;
    private final BiFunction<String, JsonNode, Reply> service;
    private final List<Call> calls = new ArrayList<>();

    public AwsJsonStub(BiFunction<String, JsonNode, Reply> service) {
        this.service = service;
        server = new LoopbackServer(this::answer);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public static ObjectMapper json() {
        return JSON;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Reply reply;
            synchronized (this) {
                calls.add(new Call(operation, body));
                reply = service.apply(operation, body);
            }
            byte[] bytes = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
