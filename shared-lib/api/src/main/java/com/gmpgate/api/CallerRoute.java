package com.gmpgate.api;

/** A route behind the authorizer: the dispatcher has already read the caller and checked the role. */
@FunctionalInterface
public interface CallerRoute {
    ApiResponse handle(ApiRequest request, Caller caller);
}
