package com.gmpgate.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.gmpgate.domain.user.Role;
import com.gmpgate.port.ConflictException;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.StoreUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Routes one service's REST v1 proxy events to its routes by {@code resource} + {@code httpMethod}, and turns
 * whatever a route throws into the error envelope. A service handler builds one in its constructor and delegates
 * {@code handleRequest} to {@link #handle(InputStream, OutputStream, Context)}:
 *
 * <pre>{@code
 * public final class ThingApiHandler implements RequestStreamHandler {
 *     private final ApiDispatcher api;
 *
 *     public ThingApiHandler() { this(ThingWiring.from(Env.system())); }  // real adapters
 *
 *     ThingApiHandler(ThingService things, Clock clock) {                   // tests: fakes
 *         api = ApiDispatcher.builder(clock)
 *                 .route("GET", "/v1/things/{id}", (request, caller) -> ApiResponse.ok(
 *                         ThingView.of(things.get(caller, request.pathParameter("id")))))
 *                 .route("POST", "/v1/things", Role.ADMIN, (request, caller) -> ApiResponse.created(
 *                         ThingView.of(things.create(caller, Json.read(request, NewThing.class).toCommand()))))
 *                 .on(ThingNotFoundException.class, e -> ApiException.notFound("No such thing."))
 *                 .build();
 *     }
 *
 *     public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
 *         api.handle(in, out, context);
 *     }
 * }
 * }</pre>
 */
public final class ApiDispatcher {

    private static final String INTERNAL_MESSAGE = "Internal error. Quote the request id when reporting it.";

    private final Map<String, Map<String, ApiRoute>> routes;
    private final Map<Class<? extends Throwable>, Function<Throwable, ApiException>> mappings;
    private final Map<String, String> standardHeaders;
    private final boolean answerPreflight;

    private ApiDispatcher(Builder builder) {
        this.routes = Map.copyOf(builder.routes);
        this.mappings = Map.copyOf(builder.mappings);
        Map<String, String> headers = new LinkedHashMap<>();
        // replies carry tokens and personal data: no shared cache may keep them
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putAll(builder.cors.headers());
        this.standardHeaders = Map.copyOf(headers);
        this.answerPreflight = builder.cors.allowOrigin().isPresent();
    }

    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /** The Lambda entry point's whole body. Never throws for a bad request: every outcome is a proxy response. */
    public void handle(InputStream in, OutputStream out, Context context) throws IOException {
        String fallbackId = context != null && context.getAwsRequestId() != null
                ? context.getAwsRequestId() : UUID.randomUUID().toString();
        ApiRequest request;
        try {
            request = ApiEvents.read(in, fallbackId);
        } catch (IOException e) {
            ApiLog.error(context, fallbackId, "(unreadable event)", e);
            ApiEvents.write(finish(ErrorEnvelope.response(new ApiException(500, "INTERNAL_ERROR", INTERNAL_MESSAGE),
                    fallbackId)), out);
            return;
        }
        ApiEvents.write(handle(request, context), out);
    }

    /** Handles a parsed request; local-api and tests call this directly too. */
    public ApiResponse handle(ApiRequest request, Context context) {
        ApiResponse response;
        try {
            response = dispatch(request);
        } catch (Throwable thrown) {
            response = ErrorEnvelope.response(toApiException(thrown, request, context), request.requestId());
        }
        return finish(response);
    }

    /** Every route as {@code "METHOD /resource"}, for checks that template.yaml and openapi.yaml agree. */
    public java.util.Set<String> routes() {
        java.util.Set<String> keys = new TreeSet<>();
        routes.forEach((resource, byMethod) -> byMethod.keySet().forEach(method -> keys.add(method + " " + resource)));
        return keys;
    }

    /** Convenience for tests: one event in, one response out, through the same JSON the runtime uses. */
    public ApiResponse handle(byte[] event, Context context) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        handle(new ByteArrayInputStream(event), out, context);
        return ApiEvents.readResponse(Json.MAPPER.readTree(out.toByteArray()));
    }

    private ApiResponse dispatch(ApiRequest request) {
        Map<String, ApiRoute> byMethod = routes.get(request.resource());
        if (byMethod == null) {
            throw ApiException.notFound("No such route.");
        }
        ApiRoute route = byMethod.get(request.httpMethod());
        if (route == null) {
            if (answerPreflight && request.httpMethod().equals("OPTIONS")) {
                return ApiResponse.noContent();
            }
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Method not allowed on this route.",
                    java.util.List.of(), Map.of("Allow", String.join(", ", new TreeSet<>(byMethod.keySet()))));
        }
        Identifiers.check(request); // before the route: no oversized id reaches a use case or storage
        return route.handle(request);
    }

    private ApiException toApiException(Throwable thrown, ApiRequest request, Context context) {
        if (thrown instanceof ApiException) {
            return (ApiException) thrown;
        }
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            Function<Throwable, ApiException> mapping = mappings.get(type);
            if (mapping != null) {
                ApiException mapped = mapping.apply(thrown);
                if (mapped.status() >= 500) {
                    ApiLog.error(context, request.requestId(), request.httpMethod() + " " + request.resource(), thrown);
                }
                return mapped;
            }
        }
        ApiLog.error(context, request.requestId(), request.httpMethod() + " " + request.resource(), thrown);
        return new ApiException(500, "INTERNAL_ERROR", INTERNAL_MESSAGE);
    }

    private ApiResponse finish(ApiResponse response) {
        for (Map.Entry<String, String> header : standardHeaders.entrySet()) {
            if (!response.headers().containsKey(header.getKey())) {
                response = response.withHeader(header.getKey(), header.getValue());
            }
        }
        return response;
    }

    public static final class Builder {
        private final Clock clock;
        private final Map<String, Map<String, ApiRoute>> routes = new LinkedHashMap<>();
        private final Map<Class<? extends Throwable>, Function<Throwable, ApiException>> mappings =
                new LinkedHashMap<>();
        private CorsPolicy cors = CorsPolicy.none();

        private Builder(Clock clock) {
            this.clock = clock;
            // the storage ports' exceptions mean the same in every service
            on(LoginIdTakenException.class, e -> ApiException.conflict("LOGIN_ID_TAKEN",
                    "This login id is already taken."));
            on(StaleVersionException.class, e -> ApiException.conflict("CONFLICT",
                    "The record changed meanwhile; reload it and try again."));
            on(ConflictException.class, e -> ApiException.conflict("CONFLICT",
                    "The record conflicts with one that exists."));
            on(InvalidCursorException.class, e -> ApiException.badRequest("INVALID_CURSOR",
                    "The paging cursor is not valid; start again without it."));
            on(StoreUnavailableException.class, e -> new ApiException(503, "SERVICE_UNAVAILABLE",
                    "Storage is unavailable; retry shortly.", java.util.List.of(), Map.of("Retry-After", "2")));
        }

        /** A route without a caller. */
        public Builder publicRoute(String method, String resource, ApiRoute route) {
            Map<String, ApiRoute> byMethod = routes.computeIfAbsent(resource, r -> new LinkedHashMap<>());
            if (byMethod.putIfAbsent(method, route) != null) {
                throw new IllegalArgumentException("duplicate route " + method + " " + resource);
            }
            return this;
        }

        /** A route for any signed-in caller; the route itself checks ownership. */
        public Builder route(String method, String resource, CallerRoute route) {
            return publicRoute(method, resource, request -> route.handle(request, caller(request)));
        }

        /**
         * A route for any signed-in caller, even one who must change their password first (changing it, who am I,
         * logout); every other route answers them 403 PASSWORD_CHANGE_REQUIRED.
         */
        public Builder passwordChangeRoute(String method, String resource, CallerRoute route) {
            return publicRoute(method, resource,
                    request -> route.handle(request, Caller.fromPendingPasswordChange(request, clock.instant())));
        }

        /** A route for callers with {@code role} only: others get 403 before the route runs. */
        public Builder route(String method, String resource, Role role, CallerRoute route) {
            return publicRoute(method, resource,
                    request -> route.handle(request, caller(request).requireRole(role)));
        }

        /** A route for callers with one of {@code roles} only: others get 403 before the route runs. */
        public Builder route(String method, String resource, java.util.Set<Role> roles, CallerRoute route) {
            java.util.Set<Role> allowed = java.util.Set.copyOf(roles);
            return publicRoute(method, resource,
                    request -> route.handle(request, caller(request).requireRole(allowed)));
        }

        /**
         * Maps a (domain) exception to a reply. The most specific mapping of the thrown class or its superclasses
         * wins; a mapping to 5xx still logs the exception.
         */
        @SuppressWarnings("unchecked")
        public <E extends Throwable> Builder on(Class<E> type, Function<? super E, ApiException> mapping) {
            mappings.put(type, thrown -> mapping.apply((E) thrown));
            return this;
        }

        public Builder cors(CorsPolicy policy) {
            this.cors = policy;
            return this;
        }

        public ApiDispatcher build() {
            return new ApiDispatcher(this);
        }

        private Caller caller(ApiRequest request) {
            return Caller.from(request, clock.instant());
        }
    }
}
