package com.gmpgate.local.sam;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A customised gateway response ({@code GatewayResponses.<TYPE>}): how API Gateway answers when it refuses a
 * request itself (no API key, authorizer said no, unknown route, timeout…).
 *
 * @param templates body template by content type, VTL with {@code $context.*} variables
 * @param headers static header values (SAM writes them single-quoted; stored unquoted)
 */
public record GatewayResponseSpec(OptionalInt statusCode, Map<String, String> templates, Map<String, String> headers) {

    public GatewayResponseSpec {
        templates = Map.copyOf(templates);
        headers = Map.copyOf(headers);
    }

    public Optional<String> template(String contentType) {
        return Optional.ofNullable(templates.get(contentType));
    }
}
