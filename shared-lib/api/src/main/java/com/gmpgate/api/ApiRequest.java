package com.gmpgate.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of an API Gateway REST (v1 proxy) event a handler uses. Header names compare case-insensitively, as
 * HTTP says; query parameters keep every value ({@code ?a=1&a=2}).
 *
 * @param resource   the route template as declared in template.yaml, e.g. {@code /v1/auth/users/{id}}
 * @param authorizer the Lambda authorizer's context (string values), empty on public routes
 * @param sourceIp   {@code requestContext.identity.sourceIp}: the address API Gateway saw the request come from
 *                   (empty when the event has none)
 */
public record ApiRequest(
        String httpMethod,
        String resource,
        String path,
        Map<String, String> pathParameters,
        Map<String, List<String>> queryParameters,
        Map<String, String> headers,
        Optional<String> body,
        boolean isBase64Encoded,
        String requestId,
        Map<String, String> authorizer,
        String sourceIp) {

    public ApiRequest {
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(path, "path");
        pathParameters = Map.copyOf(pathParameters);
        queryParameters = Map.copyOf(queryParameters);
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = Collections.unmodifiableMap(caseless);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(requestId, "requestId");
        authorizer = Map.copyOf(authorizer);
        Objects.requireNonNull(sourceIp, "sourceIp");
    }

    /** The value of cookie {@code name} in the Cookie header, if it is there. */
    public Optional<String> cookie(String name) {
        String header = headers.get("Cookie");
        if (header == null) {
            return Optional.empty();
        }
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                return Optional.of(pair.substring(eq + 1).strip());
            }
        }
        return Optional.empty();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /**
     * The first value of a query parameter, within {@link Identifiers}' bounds (the dispatcher has refused the
     * request otherwise; checked here again for requests built by hand).
     */
    public Optional<String> query(String name) {
        List<String> values = queryParameters.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        Violations v = new Violations();
        Identifiers.queryValue(v, name, values.get(0));
        v.throwIfAny();
        return Optional.of(values.get(0));
    }

    /**
     * A query parameter that names a record ({@code ?workerId=}): absent when missing or blank.
     *
     * @throws ApiException 400 VALIDATION_FAILED when it is not an {@link Identifiers#ID}
     */
    public Optional<String> queryId(String name) {
        Optional<String> value = query(name).filter(v -> !v.isBlank());
        value.ifPresent(id -> {
            Violations v = new Violations();
            v.id(name, id);
            v.throwIfAny();
        });
        return value;
    }

    /**
     * A calendar-date query parameter ({@code ?date=2026-03-02}): absent when missing.
     *
     * @throws ApiException 400 VALIDATION_FAILED naming the parameter when it is not a calendar date
     */
    public Optional<LocalDate> queryDate(String name) {
        try {
            return query(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.validation(List.of(new FieldProblem(name, "INVALID",
                    name + " must be a calendar date, e.g. 2026-03-02.")));
        }
    }

    public List<String> queryAll(String name) {
        return queryParameters.getOrDefault(name, List.of());
    }

    /**
     * A path parameter the route declares, an {@link Identifiers#ID}; its absence is a routing bug, not a client
     * error.
     *
     * @throws ApiException 400 VALIDATION_FAILED when the value is not an identifier
     */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("route " + resource + " has no path parameter " + name);
        }
        Violations v = new Violations();
        v.id(name, value);
        v.throwIfAny();
        return value;
    }

    /** The body as sent: base64-decoded when API Gateway encoded it, else the UTF-8 bytes of the text. */
    public byte[] bodyBytes() {
        if (body.isEmpty()) {
            return new byte[0];
        }
        if (isBase64Encoded) {
            try {
                return Base64.getMimeDecoder().decode(body.get());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("MALFORMED_BODY", "The request body is not valid base64.");
            }
        }
        return body.get().getBytes(StandardCharsets.UTF_8);
    }
}
