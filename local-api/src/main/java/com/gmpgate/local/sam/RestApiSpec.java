package com.gmpgate.local.sam;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Api} (or SAM's implicit {@code ServerlessRestApi}) with {@code Globals.Api} applied.
 *
 * @param apiKeyFromAuthorizer {@code ApiKeySourceType: AUTHORIZER}: the key is the authorizer's
 *        {@code usageIdentifierKey}, not the {@code x-api-key} header
 * @param binaryMediaTypes as API Gateway reads them ({@code ~1} already turned back into {@code /})
 */
public record RestApiSpec(String logicalId, String stageName, boolean apiKeyRequired, boolean apiKeyFromAuthorizer,
        Map<String, AuthorizerSpec> authorizers, Optional<CorsSpec> cors, boolean apiKeyOnPreflight,
        boolean authorizerOnPreflight, List<String> binaryMediaTypes, Map<String, GatewayResponseSpec> gatewayResponses) {

    public RestApiSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(stageName, "stageName");
        authorizers = Map.copyOf(authorizers);
        Objects.requireNonNull(cors, "cors");
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
        gatewayResponses = Map.copyOf(gatewayResponses);
    }
}
