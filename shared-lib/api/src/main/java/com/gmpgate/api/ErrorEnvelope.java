package com.gmpgate.api;

import java.util.List;

/** {@code {"error":{"code","message","requestId","details"}}}: the one shape of every error reply. */
public record ErrorEnvelope(Body error) {

    public record Body(String code, String message, String requestId, List<?> details) {
    }

    public static ApiResponse response(ApiException e, String requestId) {
        ApiResponse response = ApiResponse.json(e.status(),
                new ErrorEnvelope(new Body(e.code(), e.getMessage(), requestId, e.details())));
        for (var header : e.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
