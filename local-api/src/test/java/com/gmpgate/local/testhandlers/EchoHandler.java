package com.gmpgate.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers with the event it received, the environment it was built with and which instance served it, so tests
 * can see exactly what the local API Gateway sent. {@code ?status=} sets the status; {@code ?raw=} answers that
 * text as the whole proxy response (to test malformed responses); {@code ?binary=true} answers the request body
 * back base64-encoded as image/png.
 */
public final class EchoHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Map<String, String> environment;
    private final int instance;

    /** The convention's constructor (a handler here takes its environment, never System.getenv()). */
    public EchoHandler(Map<String, String> environment) {
        this.environment = environment;
        this.instance = INSTANCES.incrementAndGet();
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode event = JSON.readTree(in);
        JsonNode query = event.path("queryStringParameters");
        if (query.hasNonNull("raw")) {
            out.write(query.get("raw").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (query.hasNonNull("sleepMs")) {
            try {
                Thread.sleep(query.get("sleepMs").asLong());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (query.hasNonNull("throw")) {
            throw new IllegalStateException(query.get("throw").asText());
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("statusCode", query.path("status").asInt(200));
        ObjectNode headers = response.putObject("headers");
        if (query.path("binary").asBoolean(false)) {
            headers.put("Content-Type", "image/png");
            response.put("body", event.path("isBase64Encoded").asBoolean() ? event.path("body").asText()
                    : java.util.Base64.getEncoder().encodeToString(event.path("body").asText().getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
            response.put("isBase64Encoded", true);
        } else {
            headers.put("Content-Type", "application/json");
            response.putObject("multiValueHeaders").putArray("X-Multi").add("one").add("two");
            ObjectNode body = JSON.createObjectNode();
            body.set("event", event);
            body.set("environment", JSON.valueToTree(environment));
            body.put("instance", instance);
            body.put("functionName", context.getFunctionName());
            body.put("remainingTimeMs", context.getRemainingTimeInMillis());
            response.put("body", JSON.writeValueAsString(body));
            response.put("isBase64Encoded", false);
        }
        JSON.writeValue(out, response);
    }
}
