package com.gmpgate.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-origin headers. CloudFront (and local-api) serve the apps and /v1/ from one origin, so none are needed
 * there and none are sent by default; a deployment that serves a front end from elsewhere names its origin.
 */
public record CorsPolicy(Optional<String> allowOrigin) {

    public static CorsPolicy none() {
        return new CorsPolicy(Optional.empty());
    }

    public static CorsPolicy allowing(String origin) {
        if (origin.equals("*")) {
            // Authorization travels in a header, not a cookie, so * would work; but naming the origin is cheap
            // and keeps other sites' scripts from reading replies with a stolen token.
            throw new IllegalArgumentException("name the allowed origin instead of *");
        }
        return new CorsPolicy(Optional.of(origin));
    }

    public static CorsPolicy from(Env env) {
        return env.optional(Env.CORS_ALLOW_ORIGIN).map(CorsPolicy::allowing).orElse(none());
    }

    Map<String, String> headers() {
        if (allowOrigin.isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", allowOrigin.get());
        headers.put("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Api-Key");
        headers.put("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        headers.put("Access-Control-Max-Age", "600");
        headers.put("Vary", "Origin");
        return headers;
    }
}
