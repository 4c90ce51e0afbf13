package com.gmpgate.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.local.gateway.GatewayErrors.Type;
import com.gmpgate.local.lambda.Invocation;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.ApiRoute;
import com.gmpgate.local.sam.CorsSpec;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.local.sam.RestApiSpec;
import com.gmpgate.local.sam.SamApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API Gateway (REST, Lambda proxy integrations) for every route the template declares, in this order, as AWS
 * does: match the resource and method (unknown → {@code MISSING_AUTHENTICATION_TOKEN}); body limit; the Lambda
 * authorizer; the API key; then the function with a REST v1 proxy event, its proxy response mapped back to HTTP.
 * CORS preflights are answered as SAM's {@code Cors} setting makes the API answer them — or, without it, not at
 * all (no OPTIONS method: {@code MISSING_AUTHENTICATION_TOKEN}).
 */
public final class RestApiGateway {

    /** API Gateway's limits, and the API keys the usage plan knows. */
    public record Settings(Set<String> apiKeys, Duration integrationTimeout, int maxBodyBytes) {
        /** API Gateway REST: 29 s integration timeout, 10 MB payload. */
        public static Settings standard(Set<String> apiKeys) {
            return new Settings(apiKeys, Duration.ofSeconds(29), 10 * 1024 * 1024);
        }

        public Settings {
            apiKeys = Set.copyOf(apiKeys);
        }
    }

    private record Endpoint(RestApiSpec api, ResourcePath resource, Map<String, ApiRoute> byMethod) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SamApplication application;
    private final LocalResources names;
    private final LocalLambda lambda;
    private final LocalLog log;
    private final Settings settings;
    private final List<Endpoint> endpoints;
    private final Set<String> prefixes;
    private final Map<String, LambdaAuthorizer> authorizers = new LinkedHashMap<>();
    private final Set<String> binaryWarnings = ConcurrentHashMap.newKeySet();

    public RestApiGateway(SamApplication application, LocalResources names, LocalLambda lambda, LocalLog log,
            Settings settings, Clock clock) {
        this.application = application;
        this.names = names;
        this.lambda = lambda;
        this.log = log;
        this.settings = settings;
        Map<String, Endpoint> byResource = new LinkedHashMap<>();
        Set<String> firstSegments = new LinkedHashSet<>();
        for (ApiRoute route : application.routes()) {
            ResourcePath resource = ResourcePath.of(route.path());
            Endpoint endpoint = byResource.computeIfAbsent(route.apiId() + " " + resource.path(),
                    k -> new Endpoint(application.apis().get(route.apiId()), resource, new TreeMap<>()));
            endpoint.byMethod().put(route.method(), route);
            firstSegments.add(resource.firstLiteral().orElse(""));
        }
        List<Endpoint> sorted = new ArrayList<>(byResource.values());
        sorted.sort((a, b) -> a.resource().compareTo(b.resource()));
        this.endpoints = List.copyOf(sorted);
        this.prefixes = Set.copyOf(firstSegments);
        application.apis().values().forEach(api -> api.authorizers().forEach((name, spec) ->
                authorizers.put(api.logicalId() + "/" + name,
                        new LambdaAuthorizer(spec, lambda, log, clock, settings.integrationTimeout()))));
    }

    /** Whether the API serves this path (its first segment is one the template's routes start with, e.g. v1). */
    public boolean serves(String rawPath) {
        List<String> parts = ResourcePath.split(rawPath);
        return prefixes.contains(parts.isEmpty() ? "" : parts.get(0));
    }

    public GatewayResponse handle(GatewayRequest request) {
        String requestId = UUID.randomUUID().toString();
        Map<String, List<String>> query = QueryStrings.parse(request.rawQuery());
        Optional<Map.Entry<Endpoint, Map<String, String>>> matched = match(request.rawPath());
        RestApiSpec api = matched.map(m -> m.getKey().api()).orElseGet(this::firstApi);
        if (matched.isEmpty()) {
            return error(api, Type.MISSING_AUTHENTICATION_TOKEN, requestId);
        }
        Endpoint endpoint = matched.get().getKey();
        Map<String, String> pathParameters = matched.get().getValue();
        String method = request.method().toUpperCase(Locale.ROOT);
        ApiRoute route = endpoint.byMethod().get(method);
        if (route == null) {
            route = endpoint.byMethod().get("ANY");
        }
        if (route == null) {
            if (method.equals("OPTIONS") && api.cors().isPresent()) {
                return preflight(request, query, endpoint, pathParameters, requestId);
            }
            return error(api, Type.MISSING_AUTHENTICATION_TOKEN, requestId);
        }
        if (request.bodyTooLarge()) {
            return error(api, Type.REQUEST_TOO_LARGE, requestId);
        }
        ObjectNode event = proxyEvent(request, query, api, route.path(), pathParameters, requestId);
        Optional<String> usageKey = Optional.empty();
        if (route.authorizer().isPresent()) {
            LambdaAuthorizer.Decision decision = authorizer(api, route.authorizer().get())
                    .authorize(request, query, authorizerEvent(event, request, api), methodArn(api, request));
            if (decision instanceof LambdaAuthorizer.Decision.Refused refused) {
                return GatewayErrors.render(api, refused.type(), refused.message(), requestId, api.stageName());
            }
            LambdaAuthorizer.Decision.Allowed allowed = (LambdaAuthorizer.Decision.Allowed) decision;
            ObjectNode authorizer = ((ObjectNode) event.get("requestContext")).putObject("authorizer");
            authorizer.put("principalId", allowed.principalId());
            allowed.context().forEach(authorizer::put);
            authorizer.put("integrationLatency", allowed.latencyMillis());
            usageKey = allowed.usageIdentifierKey();
        }
        if (route.apiKeyRequired()) {
            Optional<String> key = api.apiKeyFromAuthorizer() ? usageKey : request.header("x-api-key");
            if (key.isEmpty() || !settings.apiKeys().contains(key.get())) {
                return error(api, Type.INVALID_API_KEY, requestId);
            }
            ObjectNode identity = (ObjectNode) event.get("requestContext").get("identity");
            identity.put("apiKey", key.get());
            identity.put("apiKeyId", "local-" + Integer.toHexString(key.get().hashCode()));
        }
        return integrate(api, route, event, request, requestId);
    }

    private GatewayResponse integrate(RestApiSpec api, ApiRoute route, ObjectNode event, GatewayRequest request,
            String requestId) {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Invocation result = lambda.invoke(route.functionId(), payload, settings.integrationTimeout());
        if (result instanceof Invocation.TimedOut timedOut && !timedOut.functionTimeout()) {
            return error(api, Type.INTEGRATION_TIMEOUT, requestId);
        }
        if (!(result instanceof Invocation.Returned returned)) {
            return error(api, Type.DEFAULT_5XX, requestId);
        }
        try {
            return proxyResponse(api, route, returned.payload(), request, requestId);
        } catch (MalformedProxyResponse e) {
            log.info(route.functionId() + ": Execution failed due to configuration error: Malformed Lambda proxy "
                    + "response (" + e.getMessage() + ")");
            return error(api, Type.DEFAULT_5XX, requestId);
        }
    }

    private static final class MalformedProxyResponse extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedProxyResponse(String message) {
            super(message, null, false, false);
        }
    }

    private GatewayResponse proxyResponse(RestApiSpec api, ApiRoute route, byte[] payload, GatewayRequest request,
            String requestId) throws MalformedProxyResponse {
        JsonNode response;
        try {
            response = JSON.readTree(payload);
        } catch (IOException e) {
            throw new MalformedProxyResponse("not JSON");
        }
        if (response == null || !response.isObject()) {
            throw new MalformedProxyResponse("not a JSON object");
        }
        JsonNode statusNode = response.path("statusCode");
        if (!(statusNode.isInt() || statusNode.isTextual() && statusNode.asText().matches("\\d{3}"))) {
            throw new MalformedProxyResponse("statusCode must be an integer");
        }
        int status = statusNode.asInt();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        Set<String> multiNames = new LinkedHashSet<>();
        JsonNode multi = response.path("multiValueHeaders");
        if (!multi.isMissingNode() && !multi.isNull()) {
            if (!multi.isObject()) {
                throw new MalformedProxyResponse("multiValueHeaders must be an object");
            }
            for (Map.Entry<String, JsonNode> field : multi.properties()) {
                if (!field.getValue().isArray()) {
                    throw new MalformedProxyResponse("multiValueHeaders." + field.getKey() + " must be an array");
                }
                multiNames.add(field.getKey().toLowerCase(Locale.ROOT));
                field.getValue().forEach(v -> headers.add(Map.entry(field.getKey(), v.asText())));
            }
        }
        JsonNode single = response.path("headers");
        if (!single.isMissingNode() && !single.isNull()) {
            if (!single.isObject()) {
                throw new MalformedProxyResponse("headers must be an object");
            }
            for (Map.Entry<String, JsonNode> field : single.properties()) {
                if (field.getValue().isContainerNode()) {
                    throw new MalformedProxyResponse("headers." + field.getKey() + " must be a string");
                }
                if (!multiNames.contains(field.getKey().toLowerCase(Locale.ROOT)) && !field.getValue().isNull()) {
                    headers.add(Map.entry(field.getKey(), field.getValue().asText()));
                }
            }
        }
        JsonNode bodyNode = response.path("body");
        if (!bodyNode.isMissingNode() && !bodyNode.isNull() && !bodyNode.isTextual()) {
            throw new MalformedProxyResponse("body must be a string");
        }
        String body = bodyNode.isTextual() ? bodyNode.asText() : "";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (response.path("isBase64Encoded").asBoolean(false)) {
            if (acceptsBinary(api, request)) {
                try {
                    bytes = Base64.getDecoder().decode(body);
                } catch (IllegalArgumentException e) {
                    throw new MalformedProxyResponse("isBase64Encoded but the body is not base64");
                }
            } else if (binaryWarnings.add(route.key())) {
                log.info("WARNING: " + route.key() + " answered a base64 body, but the request's Accept header does "
                        + "not match " + api.logicalId() + "'s BinaryMediaTypes " + api.binaryMediaTypes()
                        + ", so API Gateway passes the base64 text through (as here)");
            }
        }
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("content-type"))) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        headers.add(Map.entry("x-amzn-RequestId", requestId));
        headers.add(Map.entry("x-amz-apigw-id", requestId.substring(0, 8)));
        return new GatewayResponse(status, headers, bytes);
    }

    /** API Gateway decides by the first media type of the request's Accept header. */
    private static boolean acceptsBinary(RestApiSpec api, GatewayRequest request) {
        String accept = request.header("accept").orElse("");
        String first = accept.split(",")[0].split(";")[0].strip().toLowerCase(Locale.ROOT);
        return !first.isEmpty() && api.binaryMediaTypes().stream().anyMatch(type -> mediaTypeMatches(type, first));
    }

    private static boolean mediaTypeMatches(String pattern, String type) {
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.equals("*/*") || p.equals(type)) {
            return true;
        }
        return p.endsWith("/*") && type.startsWith(p.substring(0, p.length() - 1));
    }

    private GatewayResponse preflight(GatewayRequest request, Map<String, List<String>> query, Endpoint endpoint,
            Map<String, String> pathParameters, String requestId) {
        RestApiSpec api = endpoint.api();
        CorsSpec cors = api.cors().orElseThrow();
        boolean anyRouteHasAuthorizer = endpoint.byMethod().values().stream()
                .anyMatch(r -> r.authorizer().isPresent());
        if (api.authorizerOnPreflight() && anyRouteHasAuthorizer) {
            String authorizerName = endpoint.byMethod().values().stream()
                    .flatMap(r -> r.authorizer().stream()).findFirst().orElseThrow();
            ObjectNode event = proxyEvent(request, query, api, endpoint.resource().path(), pathParameters, requestId);
            LambdaAuthorizer.Decision decision = authorizer(api, authorizerName)
                    .authorize(request, query, authorizerEvent(event, request, api), methodArn(api, request));
            if (decision instanceof LambdaAuthorizer.Decision.Refused refused) {
                return GatewayErrors.render(api, refused.type(), refused.message(), requestId, api.stageName());
            }
        }
        if (api.apiKeyOnPreflight() && api.apiKeyRequired()
                && !request.header("x-api-key").filter(settings.apiKeys()::contains).isPresent()) {
            return error(api, Type.INVALID_API_KEY, requestId);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        headers.add(Map.entry("Access-Control-Allow-Origin", cors.allowOrigin()));
        Set<String> methods = new LinkedHashSet<>(endpoint.byMethod().keySet());
        if (methods.remove("ANY")) {
            methods.addAll(List.of("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"));
        }
        methods.add("OPTIONS");
        headers.add(Map.entry("Access-Control-Allow-Methods", cors.allowMethods().orElse(String.join(",", methods))));
        cors.allowHeaders().ifPresent(v -> headers.add(Map.entry("Access-Control-Allow-Headers", v)));
        cors.maxAge().ifPresent(v -> headers.add(Map.entry("Access-Control-Max-Age", v)));
        if (cors.allowCredentials()) {
            headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
        }
        headers.add(Map.entry("x-amzn-RequestId", requestId));
        return new GatewayResponse(200, headers, new byte[0]);
    }

    private Optional<Map.Entry<Endpoint, Map<String, String>>> match(String rawPath) {
        for (Endpoint endpoint : endpoints) {
            Optional<Map<String, String>> parameters = endpoint.resource().match(rawPath);
            if (parameters.isPresent()) {
                return Optional.of(Map.entry(endpoint, parameters.get()));
            }
        }
        return Optional.empty();
    }

    private LambdaAuthorizer authorizer(RestApiSpec api, String name) {
        return authorizers.get(api.logicalId() + "/" + name);
    }

    private RestApiSpec firstApi() {
        return application.apis().values().stream().findFirst().orElseThrow(() ->
                new IllegalStateException("the template has no REST API"));
    }

    private GatewayResponse error(RestApiSpec api, Type type, String requestId) {
        return GatewayErrors.render(api, type, requestId, api.stageName());
    }

    private String methodArn(RestApiSpec api, GatewayRequest request) {
        return "arn:aws:execute-api:us-east-1:000000000000:" + names.restApiId(api.logicalId()) + "/"
                + api.stageName() + "/" + request.method().toUpperCase(Locale.ROOT) + "/"
                + String.join("/", ResourcePath.split(request.rawPath()));
    }

    private ObjectNode proxyEvent(GatewayRequest request, Map<String, List<String>> query, RestApiSpec api,
            String resource, Map<String, String> pathParameters, String requestId) {
        return ProxyEvents.request(request, query, api, names.restApiId(api.logicalId()), resource, pathParameters,
                requestId, api.binaryMediaTypes());
    }

    private ObjectNode authorizerEvent(ObjectNode proxyEvent, GatewayRequest request, RestApiSpec api) {
        return ProxyEvents.requestAuthorizer(proxyEvent, methodArn(api, request));
    }
}
