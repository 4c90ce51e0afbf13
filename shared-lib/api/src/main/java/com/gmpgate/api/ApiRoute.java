package com.gmpgate.api;

/** A public route: no caller (login, refresh, the pass-key JWKS). */
@FunctionalInterface
public interface ApiRoute {
    ApiResponse handle(ApiRequest request);
}
