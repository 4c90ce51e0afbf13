package com.gmpgate.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.sam.GatewayResponseSpec;
import com.gmpgate.local.sam.RestApiSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway's own answers (gateway responses): the status and message AWS uses for each type, replaced by what
 * the API's {@code GatewayResponses} declare — the specific type first, then {@code DEFAULT_4XX} /
 * {@code DEFAULT_5XX} — with the body template's {@code $context} variables filled in.
 */
final class GatewayErrors {

    /** A gateway response type, with API Gateway's default status, message and x-amzn-ErrorType. */
    enum Type {
        MISSING_AUTHENTICATION_TOKEN(403, "Missing Authentication Token", "MissingAuthenticationTokenException"),
        INVALID_API_KEY(403, "Forbidden", "ForbiddenException"),
        UNAUTHORIZED(401, "Unauthorized", "UnauthorizedException"),
        ACCESS_DENIED(403, "User is not authorized to access this resource", "AccessDeniedException"),
        AUTHORIZER_CONFIGURATION_ERROR(500, null, "AuthorizerConfigurationException"),
        REQUEST_TOO_LARGE(413, "Request Too Long", "RequestTooLargeException"),
        INTEGRATION_TIMEOUT(504, "Endpoint request timed out", "InternalServerErrorException"),
        /** A Lambda proxy integration whose function failed or answered malformed: 502, no more specific type. */
        DEFAULT_5XX(502, "Internal server error", "InternalServerErrorException");

        final int status;
        final String message;
        final String errorType;

        Type(int status, String message, String errorType) {
            this.status = status;
            this.message = message;
            this.errorType = errorType;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTEXT_VARIABLE = Pattern.compile("\\$\\{?context\\.([A-Za-z.]+)}?");

    private GatewayErrors() {
    }

    static GatewayResponse render(RestApiSpec api, Type type, String requestId, String stage) {
        return render(api, type, type.message, requestId, stage);
    }

    static GatewayResponse render(RestApiSpec api, Type type, String message, String requestId, String stage) {
        GatewayResponseSpec specific = api.gatewayResponses().get(type.name());
        int defaultStatus = type.status;
        GatewayResponseSpec fallback = api.gatewayResponses().get(defaultStatus >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
        int status = specific != null && specific.statusCode().isPresent() ? specific.statusCode().getAsInt()
                : fallback != null && fallback.statusCode().isPresent() && type.name().startsWith("DEFAULT_")
                        ? fallback.statusCode().getAsInt() : defaultStatus;
        String template = specific != null && specific.template("application/json").isPresent()
                ? specific.template("application/json").get()
                : fallback != null && fallback.template("application/json").isPresent()
                        ? fallback.template("application/json").get()
                        : "{\"message\":$context.error.messageString}";
        Map<String, String> context = new LinkedHashMap<>();
        context.put("requestId", requestId);
        context.put("extendedRequestId", requestId);
        context.put("stage", stage);
        context.put("error.responseType", type.name());
        context.put("error.message", message == null ? "" : message);
        context.put("error.messageString", quoted(message));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        headers.add(Map.entry("x-amzn-RequestId", requestId));
        headers.add(Map.entry("x-amzn-ErrorType", type.errorType));
        Map<String, String> extra = new LinkedHashMap<>();
        if (fallback != null) {
            extra.putAll(fallback.headers());
        }
        if (specific != null) {
            extra.putAll(specific.headers());
        }
        extra.forEach((name, value) -> headers.add(Map.entry(name, value)));
        return new GatewayResponse(status, headers, fill(template, context).getBytes(StandardCharsets.UTF_8));
    }

    private static String fill(String template, Map<String, String> context) {
        Matcher matcher = CONTEXT_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(context.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String quoted(String message) {
        if (message == null) {
            return "null";
        }
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
