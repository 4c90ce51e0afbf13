package com.gmpgate.local.sam;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code Api} event of a function: a method on a resource path of a REST API.
 *
 * @param method upper case; {@code ANY} matches every method
 * @param path the resource path as declared, e.g. {@code /v1/checklist/submissions/{id}}
 * @param authorizer the authorizer's name, empty when the route has none ({@code Authorizer: NONE} or no default)
 */
public record ApiRoute(String apiId, String functionId, String eventName, String method, String path,
        boolean apiKeyRequired, Optional<String> authorizer) {

    public ApiRoute {
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(functionId, "functionId");
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(authorizer, "authorizer");
    }

    public String key() {
        return method + " " + path;
    }
}
