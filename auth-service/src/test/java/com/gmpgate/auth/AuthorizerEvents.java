package com.gmpgate.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Authorizer events adapted from the real ones in src/test/resources/fixtures (copies of
 * /work/shared/fixtures/aws: SAM CLI's rendered REQUEST and TOKEN events, aws-lambda-java-libs' apigw_auth.json).
 * The REQUEST fixture has no Authorization header (SOURCES.md); these add one, and point the route at /v1/.
 */
public final class AuthorizerEvents {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private AuthorizerEvents() {
    }

    public static JsonNode fixture(String name) {
        try (InputStream in = AuthorizerEvents.class.getResourceAsStream("/fixtures/" + name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SAM CLI's REQUEST event, for {@code method path}, with {@code authorization} as the header (null: none). */
    public static byte[] request(String authorization, String method, String path) {
        ObjectNode event = (ObjectNode) fixture("apigw-request-authorizer.rendered.json");
        event.put("methodArn", "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/" + method + path);
        event.put("path", path);
        event.put("resource", path);
        event.put("httpMethod", method);
        if (authorization != null) {
            ((ObjectNode) event.get("headers")).put("Authorization", authorization);
        }
        ((ObjectNode) event.get("requestContext")).put("path", "/test" + path).put("resourcePath", path)
                .put("httpMethod", method);
        return bytes(event);
    }

    /** SAM CLI's TOKEN event with {@code authorizationToken}. */
    public static byte[] token(String authorizationToken) {
        ObjectNode event = (ObjectNode) fixture("apigw-token-authorizer.rendered.json");
        event.put("authorizationToken", authorizationToken);
        event.put("methodArn", "arn:aws:execute-api:us-east-1:123456789012:example/prod/GET/v1/auth/me");
        return bytes(event);
    }

    /** aws-lambda-java-libs' REQUEST event (payload 1.0, identitySource), with the header added. */
    public static byte[] javaLibsRequest(String authorization) {
        ObjectNode event = (ObjectNode) fixture("apigw_auth.json");
        ((ObjectNode) event.get("headers")).put("authorization", authorization);
        return bytes(event);
    }

    public static byte[] bytes(JsonNode event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
