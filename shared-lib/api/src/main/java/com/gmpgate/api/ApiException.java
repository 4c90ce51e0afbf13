package com.gmpgate.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the API refuses with a 4xx (or a deliberate 5xx such as 503). Its code and message go to the client
 * as they are, so they must never carry internals; the cause, if any, is only logged.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<?> details;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, List<?> details, Map<String, String> headers) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException validation(List<FieldProblem> problems) {
        return new ApiException(400, "VALIDATION_FAILED", "The request is not valid.", problems, Map.of());
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "UNAUTHORIZED", message, List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "FORBIDDEN", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    /**
     * 503 for a moment's outage the client should simply retry (a signing key that cannot be read yet): Retry-After
     * 2 s, the same for every function.
     */
    public static ApiException retryShortly(String message) {
        return new ApiException(503, "SERVICE_UNAVAILABLE", message, List.of(), Map.of("Retry-After", "2"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Items of the envelope's {@code details} array; serialized as JSON. */
    public List<?> details() {
        return details;
    }

    /** Headers the reply carries, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
