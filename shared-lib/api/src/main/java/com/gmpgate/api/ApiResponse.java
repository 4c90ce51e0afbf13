package com.gmpgate.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A proxy integration response: what the handler writes back for API Gateway to send. */
public record ApiResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {

    public static final String JSON = "application/json; charset=utf-8";

    public ApiResponse {
        if (statusCode < 100 || statusCode > 599) {
            throw new IllegalArgumentException("status " + statusCode);
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** 200 with {@code value} as JSON. */
    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    /** 201 with {@code value} as JSON. */
    public static ApiResponse created(Object value) {
        return json(201, value);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), "", false);
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, Map.of("Content-Type", JSON), Json.write(value), false);
    }

    /** Text such as CSV; {@code contentType} should name its charset. */
    public static ApiResponse text(int status, String contentType, String text) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), text, false);
    }

    /** Bytes (an image): API Gateway decodes the base64 when the API lists the type as binary. */
    public static ApiResponse binary(int status, String contentType, byte[] bytes) {
        return new ApiResponse(status, Map.of("Content-Type", contentType),
                Base64.getEncoder().encodeToString(bytes), true);
    }

    /** The same response with one more header (replacing one of the same name). */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        more.put(name, value);
        return new ApiResponse(statusCode, more, body, isBase64Encoded);
    }

    /** The body as text, for tests; decodes base64 bodies as UTF-8. */
    public String bodyText() {
        return isBase64Encoded ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
