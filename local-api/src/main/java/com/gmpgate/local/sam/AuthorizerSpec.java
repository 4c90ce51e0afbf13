package com.gmpgate.local.sam;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A Lambda authorizer of a REST API ({@code Auth.Authorizers.<name>} with a {@code FunctionArn}).
 *
 * @param request true for {@code FunctionPayloadType: REQUEST}; SAM's default is TOKEN
 * @param identityHeaders headers that must be present; for TOKEN the one header that carries the token
 * @param identityQueryStrings query parameters that must be present (REQUEST)
 * @param ttl {@code Identity.ReauthorizeEvery} (SAM's default 300 s); zero disables the cache
 * @param validationExpression TOKEN only: a regular expression the token must match before the function runs
 */
public record AuthorizerSpec(String name, String functionId, boolean request, List<String> identityHeaders,
        List<String> identityQueryStrings, Duration ttl, String validationExpression) {

    public AuthorizerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functionId, "functionId");
        identityHeaders = List.copyOf(identityHeaders);
        identityQueryStrings = List.copyOf(identityQueryStrings);
        Objects.requireNonNull(ttl, "ttl");
    }
}
