package com.gmpgate.local.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.gateway.GatewayResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser security headers, as CloudFront's response-headers policies add them in AWS: read from the
 * repository's {@code security-headers.json}, the one definition both local-api and template.yaml's policies
 * follow. Every response gets {@code all}; a static file its app's set (the app whose mount is the longest prefix
 * of the path); an API reply the {@code api} set. A header the response already carries is kept as it is (the QR
 * SVG's own policy, say). {@code httpsOnly} is not sent: local-api speaks plain HTTP.
 */
public final class SecurityHeaders {

    public static final String FILE = "security-headers.json";
    public static final String IMAGES_ORIGIN = "{imagesOrigin}";
    /** The WebSocket API's origin (live admin screens): a port of its own locally, API Gateway's in AWS. */
    public static final String LIVE_ORIGIN = "{liveOrigin}";

    private final Map<String, String> all;
    private final Map<String, Map<String, String>> apps;
    private final Map<String, String> api;

    private SecurityHeaders(Map<String, String> all, Map<String, Map<String, String>> apps, Map<String, String> api) {
        this.all = all;
        this.apps = apps;
        this.api = api;
    }

    public static SecurityHeaders none() {
        return new SecurityHeaders(Map.of(), Map.of(), Map.of());
    }

    /** @param origins what each placeholder ({@value #IMAGES_ORIGIN}, {@value #LIVE_ORIGIN}) stands for here */
    public static SecurityHeaders load(Path file, Map<String, String> origins) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Map<String, String>> apps = new LinkedHashMap<>();
        root.path("apps").fields().forEachRemaining(app -> apps.put(app.getKey(), headers(app.getValue(), origins)));
        return new SecurityHeaders(headers(root.path("all"), origins), apps, headers(root.path("api"), origins));
    }

    /** A placeholder with no value here is left out of the policy. */
    private static Map<String, String> headers(JsonNode node, Map<String, String> origins) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.fields().forEachRemaining(h -> {
            String value = h.getValue().asText();
            for (String placeholder : List.of(IMAGES_ORIGIN, LIVE_ORIGIN)) {
                String origin = origins.getOrDefault(placeholder, "");
                value = value.replace(" " + placeholder, origin.isEmpty() ? "" : " " + origin);
            }
            headers.put(h.getKey(), value);
        });
        return headers;
    }

    /** The headers of the app at {@code mount} ({@code all} included), for tests and checks. */
    public Map<String, String> app(String mount) {
        Map<String, String> headers = new LinkedHashMap<>(all);
        headers.putAll(apps.getOrDefault(mount, Map.of()));
        return headers;
    }

    GatewayResponse forApp(String rawPath, GatewayResponse response) {
        String mount = apps.keySet().stream()
                .filter(m -> rawPath.startsWith(m) || rawPath.equals(m.substring(0, Math.max(1, m.length() - 1))))
                .max(Comparator.comparingInt(String::length)).orElse("");
        return withMissing(response, app(mount));
    }

    GatewayResponse forApi(GatewayResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(all);
        headers.putAll(api);
        return withMissing(response, headers);
    }

    private static GatewayResponse withMissing(GatewayResponse response, Map<String, String> headers) {
        List<Map.Entry<String, String>> out = new ArrayList<>(response.headers());
        headers.forEach((name, value) -> {
            if (response.header(name).isEmpty()) {
                out.add(Map.entry(name, value));
            }
        });
        return new GatewayResponse(response.status(), out, response.body());
    }
}
