package com.gmpgate.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.local.gateway.GatewayErrors.Type;
import com.gmpgate.local.lambda.Invocation;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.AuthorizerSpec;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs a Lambda authorizer as API Gateway does: refuses with 401 before calling it when an identity source is
 * missing (or a TOKEN fails the validation expression); calls the function with a TOKEN or REQUEST event; a
 * failure whose message is exactly {@code Unauthorized} is a 401, any other failure or a malformed answer a 500;
 * the returned IAM policy must allow {@code execute-api:Invoke} on the method ARN or the call is a 403. Answers are
 * cached per identity for {@code ReauthorizeEvery} and the cached policy is checked against each new method ARN —
 * so a policy that names only the first route denies the next one, exactly as in AWS.
 */
final class LambdaAuthorizer {

    /** What the authorizer decided for one request. */
    sealed interface Decision {
        record Allowed(String principalId, Map<String, String> context, Optional<String> usageIdentifierKey,
                long latencyMillis) implements Decision {
        }

        record Refused(Type type, String message) implements Decision {
        }
    }

    private record Policy(String principalId, List<JsonNode> statements, Map<String, String> context,
            Optional<String> usageIdentifierKey) {
    }

    private record Cached(Policy policy, Instant expires) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthorizerSpec spec;
    private final LocalLambda lambda;
    private final LocalLog log;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Pattern validation;

    LambdaAuthorizer(AuthorizerSpec spec, LocalLambda lambda, LocalLog log, Clock clock, Duration timeout) {
        this.spec = spec;
        this.lambda = lambda;
        this.log = log;
        this.clock = clock;
        this.timeout = timeout;
        this.validation = spec.validationExpression() == null ? null : Pattern.compile(spec.validationExpression());
    }

    /**
     * @param requestEvent the REQUEST authorizer event (ignored for TOKEN authorizers except for its ARN)
     */
    Decision authorize(GatewayRequest request, Map<String, List<String>> query, ObjectNode requestEvent,
            String methodArn) {
        List<String> identity = new ArrayList<>();
        for (String header : spec.identityHeaders()) {
            Optional<String> value = request.header(header);
            if (value.isEmpty() || value.get().isEmpty()) {
                return new Decision.Refused(Type.UNAUTHORIZED, Type.UNAUTHORIZED.message);
            }
            identity.add(value.get());
        }
        for (String name : spec.identityQueryStrings()) {
            List<String> values = query.get(name);
            if (values == null || values.isEmpty()) {
                return new Decision.Refused(Type.UNAUTHORIZED, Type.UNAUTHORIZED.message);
            }
            identity.add(values.get(values.size() - 1));
        }
        if (!spec.request() && validation != null && !validation.matcher(identity.get(0)).matches()) {
            return new Decision.Refused(Type.UNAUTHORIZED, Type.UNAUTHORIZED.message);
        }
        String cacheKey = String.join("\n", identity);
        long start = System.nanoTime();
        Policy policy;
        Cached cached = spec.ttl().isZero() ? null : cache.get(cacheKey);
        if (cached != null && clock.instant().isBefore(cached.expires())) {
            policy = cached.policy();
        } else {
            ObjectNode event;
            if (spec.request()) {
                event = requestEvent.deepCopy();
            } else {
                event = JSON.createObjectNode();
                event.put("type", "TOKEN");
                event.put("authorizationToken", identity.get(0));
                event.put("methodArn", methodArn);
            }
            byte[] payload;
            try {
                payload = JSON.writeValueAsBytes(event);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Invocation result = lambda.invoke(spec.functionId(), payload, timeout);
            if (result instanceof Invocation.Failed failed) {
                return "Unauthorized".equals(failed.errorMessage())
                        ? new Decision.Refused(Type.UNAUTHORIZED, Type.UNAUTHORIZED.message)
                        : new Decision.Refused(Type.AUTHORIZER_CONFIGURATION_ERROR, null);
            }
            if (!(result instanceof Invocation.Returned returned)) {
                return new Decision.Refused(Type.AUTHORIZER_CONFIGURATION_ERROR, null);
            }
            Optional<Policy> parsed = parse(returned.payload());
            if (parsed.isEmpty()) {
                return new Decision.Refused(Type.AUTHORIZER_CONFIGURATION_ERROR, null);
            }
            policy = parsed.get();
            if (!spec.ttl().isZero()) {
                cache.put(cacheKey, new Cached(policy, clock.instant().plus(spec.ttl())));
            }
        }
        long latency = (System.nanoTime() - start) / 1_000_000;
        return switch (evaluate(policy.statements(), methodArn)) {
            case ALLOW -> new Decision.Allowed(policy.principalId(), policy.context(), policy.usageIdentifierKey(),
                    latency);
            case EXPLICIT_DENY -> new Decision.Refused(Type.ACCESS_DENIED,
                    "User is not authorized to access this resource with an explicit deny");
            case NO_ALLOW -> new Decision.Refused(Type.ACCESS_DENIED, Type.ACCESS_DENIED.message);
        };
    }

    private Optional<Policy> parse(byte[] payload) {
        try {
            JsonNode answer = JSON.readTree(payload);
            JsonNode principal = answer.path("principalId");
            JsonNode document = answer.path("policyDocument");
            JsonNode statements = document.path("Statement");
            if (!principal.isTextual() || !document.isObject()
                    || !(statements.isArray() || statements.isObject())) {
                return malformed("principalId (string) and policyDocument.Statement are required");
            }
            List<JsonNode> list = new ArrayList<>();
            if (statements.isArray()) {
                statements.forEach(list::add);
            } else {
                list.add(statements);
            }
            Map<String, String> context = new LinkedHashMap<>();
            JsonNode contextNode = answer.path("context");
            if (contextNode.isObject()) {
                for (Map.Entry<String, JsonNode> field : contextNode.properties()) {
                    JsonNode value = field.getValue();
                    if (value.isContainerNode()) {
                        return malformed("context." + field.getKey() + " is an object or array; API Gateway "
                                + "accepts only strings, numbers and booleans there");
                    }
                    if (!value.isNull()) {
                        context.put(field.getKey(), value.asText());
                    }
                }
            }
            Optional<String> key = answer.path("usageIdentifierKey").isTextual()
                    ? Optional.of(answer.path("usageIdentifierKey").asText()) : Optional.empty();
            return Optional.of(new Policy(principal.asText(), list, context, key));
        } catch (IOException e) {
            return malformed("not JSON: " + e.getMessage());
        }
    }

    private Optional<Policy> malformed(String why) {
        log.info("authorizer " + spec.name() + " (" + spec.functionId() + ") answered a malformed policy: " + why);
        return Optional.empty();
    }

    private enum Effect { ALLOW, EXPLICIT_DENY, NO_ALLOW }

    private static Effect evaluate(List<JsonNode> statements, String methodArn) {
        boolean allowed = false;
        for (JsonNode statement : statements) {
            if (!matchesAny(statement.path("Action"), "execute-api:Invoke")
                    || !matchesAny(statement.path("Resource"), methodArn)) {
                continue;
            }
            String effect = statement.path("Effect").asText();
            if (effect.equalsIgnoreCase("Deny")) {
                return Effect.EXPLICIT_DENY;
            }
            allowed |= effect.equalsIgnoreCase("Allow");
        }
        return allowed ? Effect.ALLOW : Effect.NO_ALLOW;
    }

    private static boolean matchesAny(JsonNode patterns, String value) {
        if (patterns.isTextual()) {
            return glob(patterns.asText(), value);
        }
        for (JsonNode pattern : patterns) {
            if (pattern.isTextual() && glob(pattern.asText(), value)) {
                return true;
            }
        }
        return false;
    }

    /** IAM wildcards: {@code *} any run of characters, {@code ?} one character; case-sensitive. */
    static boolean glob(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
