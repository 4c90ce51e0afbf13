package com.gmpgate.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the REST v1 proxy event and writes the proxy response, the JSON API Gateway and local-api exchange. */
public final class ApiEvents {

    private ApiEvents() {
    }

    /**
     * @param fallbackRequestId used when the event has no {@code requestContext.requestId} (hand-made events)
     * @throws IOException if the input is not a JSON object
     */
    public static ApiRequest read(InputStream in, String fallbackRequestId) throws IOException {
        JsonNode event = Json.MAPPER.readTree(in);
        if (event == null || !event.isObject()) {
            throw new IOException("the event is not a JSON object");
        }
        return read(event, fallbackRequestId);
    }

    public static ApiRequest read(JsonNode event, String fallbackRequestId) {
        JsonNode context = event.path("requestContext");
        Map<String, String> headers = new LinkedHashMap<>();
        // multiValueHeaders holds every value; headers only the last. Prefer the single map's value, as
        // API Gateway's own mapping does, and fill in names only the multi-value map has.
        strings(event.path("multiValueHeaders")).forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, String.join(",", values));
            }
        });
        textMap(event.path("headers")).forEach(headers::put);
        // Cookie is the one header whose values join with "; " (RFC 6265 §5.4); HTTP/2 clients may send several
        strings(event.path("multiValueHeaders")).forEach((name, values) -> {
            if (name.equalsIgnoreCase("Cookie") && values.size() > 1) {
                headers.keySet().removeIf(existing -> existing.equalsIgnoreCase("Cookie"));
                headers.put(name, String.join("; ", values));
            }
        });
        Map<String, List<String>> query = new LinkedHashMap<>(strings(event.path("multiValueQueryStringParameters")));
        textMap(event.path("queryStringParameters")).forEach((name, value) -> query.putIfAbsent(name, List.of(value)));
        String resource = text(event.path("resource")).or(() -> text(context.path("resourcePath"))).orElse("");
        String path = text(event.path("path")).orElse(resource);
        String requestId = text(context.path("requestId")).orElse(fallbackRequestId);
        return new ApiRequest(
                text(event.path("httpMethod")).orElse(text(context.path("httpMethod")).orElse("")),
                resource,
                path,
                textMap(event.path("pathParameters")),
                query,
                headers,
                text(event.path("body")),
                event.path("isBase64Encoded").asBoolean(false),
                requestId,
                textMap(context.path("authorizer")),
                text(context.path("identity").path("sourceIp")).orElse(""));
    }

    public static void write(ApiResponse response, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.statusCode());
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            json.writeEndObject();
            json.writeStringField("body", response.body());
            json.writeBooleanField("isBase64Encoded", response.isBase64Encoded());
            json.writeEndObject();
        }
    }

    /** Reads a proxy response back (local-api and tests). */
    public static ApiResponse readResponse(JsonNode response) {
        return new ApiResponse(
                response.path("statusCode").asInt(),
                textMap(response.path("headers")),
                response.path("body").asText(""),
                response.path("isBase64Encoded").asBoolean(false));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** Scalar values as text; nulls (API Gateway sends {@code "pathParameters": null}) and objects skipped. */
    private static Map<String, String> textMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            text(field.getValue()).ifPresent(value -> map.put(field.getKey(), value));
        }
        return map;
    }

    private static Map<String, List<String>> strings(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            List<String> values = new ArrayList<>();
            for (JsonNode value : field.getValue()) {
                text(value).ifPresent(values::add);
            }
            map.put(field.getKey(), List.copyOf(values));
        }
        return map;
    }
}
