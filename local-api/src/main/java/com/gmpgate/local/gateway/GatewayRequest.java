package com.gmpgate.local.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as it reaches the gateway, independent of the HTTP server.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param headers in arrival order, names in lower case (as HTTP/2 delivers them)
 * @param bodyTooLarge the client sent more than the gateway accepts; {@code body} is then empty
 */
public record GatewayRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
        byte[] body, boolean bodyTooLarge, String sourceIp) {

    public GatewayRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        List<Map.Entry<String, String>> lower = new ArrayList<>();
        headers.forEach(h -> lower.add(Map.entry(h.getKey().toLowerCase(Locale.ROOT), h.getValue())));
        headers = List.copyOf(lower);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(sourceIp, "sourceIp");
    }

    /** The last value of a header, as API Gateway's single-value {@code headers} map has it. */
    public Optional<String> header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String found = null;
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equals(wanted)) {
                found = header.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
