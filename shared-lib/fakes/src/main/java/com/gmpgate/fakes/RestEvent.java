package com.gmpgate.fakes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * An API Gateway REST (v1 proxy) event for handler tests, made by adapting a real one: aws-lambda-java-libs'
 * {@code apigw_rest_event.json} (see /work/shared/fixtures/aws/SOURCES.md) keeps every field API Gateway sends,
 * nulls included; the builder changes only what a test names, in both places API Gateway puts it (the top level and
 * {@code requestContext}, single- and multi-value maps).
 *
 * <pre>{@code
 * byte[] event = RestEvent.post("/v1/auth/login").json("{\"loginId\":\"kim\",\"password\":\"…\"}").bytes();
 * byte[] event = RestEvent.get("/v1/auth/users/{id}", "/v1/auth/users/u-1").pathParameter("id", "u-1")
 *         .authorizer(Map.of("userId", "u-9", "role", "ADMIN", "siteId", "s-1")).bytes();
 * }</pre>
 */
public final class RestEvent {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String REST_FIXTURE = "events/apigw_rest_event.json";
    public static final String SAM_PROXY_FIXTURE = "events/apigw-rest-aws-proxy.rendered.json";

    private final ObjectNode event;

    private RestEvent(ObjectNode event) {
        this.event = event;
    }

    /** The fixture as it is. */
    public static RestEvent fixture(String name) {
        return new RestEvent((ObjectNode) readResource(name));
    }

    public static RestEvent request(String method, String resource, String path) {
        RestEvent event = fixture(REST_FIXTURE);
        event.event.put("httpMethod", method);
        event.event.put("resource", resource);
        event.event.put("path", path);
        ObjectNode context = event.context();
        context.put("httpMethod", method);
        context.put("resourcePath", resource);
        context.put("path", "/" + context.path("stage").asText() + path);
        context.put("requestId", java.util.UUID.randomUUID().toString());
        // the fixture's authorizer is a Cognito one's empty claims; public routes carry none
        context.remove("authorizer");
        event.event.putNull("body");
        return event;
    }

    public static RestEvent get(String resource) {
        return request("GET", resource, resource);
    }

    public static RestEvent get(String resource, String path) {
        return request("GET", resource, path);
    }

    public static RestEvent post(String resource) {
        return request("POST", resource, resource);
    }

    public static RestEvent post(String resource, String path) {
        return request("POST", resource, path);
    }

    public static RestEvent patch(String resource, String path) {
        return request("PATCH", resource, path);
    }

    public RestEvent header(String name, String value) {
        objectAt("headers").put(name, value);
        arrayAt("multiValueHeaders", name).removeAll().add(value);
        return this;
    }

    public RestEvent bearer(String accessToken) {
        return header("Authorization", "Bearer " + accessToken);
    }

    public RestEvent query(String name, String value) {
        objectAt("queryStringParameters").put(name, value);
        arrayAt("multiValueQueryStringParameters", name).add(value);
        return this;
    }

    public RestEvent pathParameter(String name, String value) {
        objectAt("pathParameters").put(name, value);
        return this;
    }

    /** A JSON body, as API Gateway passes a text body: unencoded, with its content type. */
    public RestEvent json(String body) {
        header("Content-Type", "application/json");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return this;
    }

    /** A body as API Gateway passes binary media types: base64. */
    public RestEvent base64Body(byte[] body, String contentType) {
        header("Content-Type", contentType);
        event.put("body", Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", true);
        return this;
    }

    /**
     * What a Lambda authorizer's context looks like once API Gateway has put it into the event: its context keys
     * flat, plus {@code principalId} and {@code integrationLatency}.
     */
    public RestEvent authorizer(Map<String, String> context) {
        ObjectNode authorizer = context().putObject("authorizer");
        authorizer.put("principalId", context.getOrDefault("userId", "user"));
        authorizer.put("integrationLatency", 42);
        context.forEach(authorizer::put);
        return this;
    }

    public RestEvent caller(String userId, String role, String siteId) {
        return authorizer(Map.of("userId", userId, "role", role, "siteId", siteId));
    }

    /**
     * As API Gateway hands on a request it let through: the API key, a bearer access token and the authorizer's
     * context naming the caller (checking the token was the authorizer's work; the handler reads the context).
     */
    public RestEvent signedIn(String userId, String role, String siteId) {
        return header("x-api-key", "local-dev-key").bearer("test-access-token").caller(userId, role, siteId);
    }

    /** {@code requestContext.identity.sourceIp}: the client address as API Gateway saw it. */
    public RestEvent sourceIp(String address) {
        ((ObjectNode) context().path("identity")).put("sourceIp", address);
        return this;
    }

    public RestEvent requestId(String requestId) {
        context().put("requestId", requestId);
        return this;
    }

    public ObjectNode node() {
        return event;
    }

    public byte[] bytes() {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    static com.fasterxml.jackson.databind.JsonNode readResource(String name) {
        try (InputStream in = RestEvent.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode context() {
        return (ObjectNode) event.get("requestContext");
    }

    private ObjectNode objectAt(String field) {
        if (!event.path(field).isObject()) {
            event.putObject(field);
        }
        return (ObjectNode) event.get(field);
    }

    private ArrayNode arrayAt(String field, String name) {
        ObjectNode map = objectAt(field);
        if (!map.path(name).isArray()) {
            map.putArray(name);
        }
        return (ArrayNode) map.get(name);
    }
}
