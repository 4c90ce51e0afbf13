package com.gmpgate.local.sam;

import com.gmpgate.template.CfnTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What local-api runs, read from {@code template.yaml} and nowhere else: the functions with their resolved
 * environments, the REST APIs with their routes, authorizers, API keys, CORS and gateway responses, and the
 * EventBridge rules. Adding a function with an {@code Api} event to the template is all it takes for local-api to
 * serve it. SAM's rules apply: {@code Globals} merge into each function and API; an {@code Api} event without
 * {@code RestApiId} belongs to the implicit {@code ServerlessRestApi}.
 */
public final class SamApplication {

    public static final String IMPLICIT_API = "ServerlessRestApi";
    /** Lambda's and SAM's default function timeout. */
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;
    private static final int DEFAULT_MEMORY_MB = 128;
    private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "ANY");

    private final CfnTemplate template;
    private final Map<String, Object> parameters;
    private final Intrinsics intrinsics;
    private final UnaryOperator<String> dynamicReferences;
    private final Map<String, SamFunction> functions = new LinkedHashMap<>();
    private final Map<String, RestApiSpec> apis = new LinkedHashMap<>();
    private final List<ApiRoute> routes = new ArrayList<>();
    private final List<EventRule> rules = new ArrayList<>();

    private SamApplication(CfnTemplate template, Map<String, String> parameterOverrides, LocalResources resources,
            String stackName, UnaryOperator<String> dynamicReferences) {
        this.template = template;
        this.dynamicReferences = dynamicReferences;
        this.parameters = parameterValues(template, parameterOverrides);
        this.intrinsics = new Intrinsics(parameters, template.conditions(), template.section("Mappings"),
                resources.bind(template), stackName);
        readApis();
        readFunctions();
        readRuleResources();
        checkRoutes();
    }

    /**
     * @param parameterOverrides parameter values that replace the template's defaults (as
     *        {@code sam local --parameter-overrides} would)
     * @param resources how local resources are named
     */
    public static SamApplication of(CfnTemplate template, Map<String, String> parameterOverrides,
            LocalResources resources, String stackName) {
        return of(template, parameterOverrides, resources, stackName, value -> {
            if (value != null && value.contains("{{resolve:")) {
                throw new SamTemplateException(value + ": no resolver for dynamic references was given");
            }
            return value;
        });
    }

    /** @param dynamicReferences resolves {@code {{resolve:…}}} in environment values ({@link LocalSecrets}) */
    public static SamApplication of(CfnTemplate template, Map<String, String> parameterOverrides,
            LocalResources resources, String stackName, UnaryOperator<String> dynamicReferences) {
        return new SamApplication(template, parameterOverrides, resources, stackName, dynamicReferences);
    }

    public CfnTemplate template() {
        return template;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public Intrinsics intrinsics() {
        return intrinsics;
    }

    public Map<String, SamFunction> functions() {
        return functions;
    }

    public SamFunction function(String logicalId) {
        SamFunction function = functions.get(logicalId);
        if (function == null) {
            throw new SamTemplateException("no AWS::Serverless::Function " + logicalId + " in the template");
        }
        return function;
    }

    public Map<String, RestApiSpec> apis() {
        return apis;
    }

    public List<ApiRoute> routes() {
        return List.copyOf(routes);
    }

    public List<EventRule> rules() {
        return List.copyOf(rules);
    }

    // ---- parameters ----------------------------------------------------------------------------------------

    private static Map<String, Object> parameterValues(CfnTemplate template, Map<String, String> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : overrides.keySet()) {
            if (!template.parameters().containsKey(name)) {
                throw new SamTemplateException("parameter override " + name + ": the template has no such parameter");
            }
        }
        template.parameters().forEach((name, body) -> {
            Map<String, Object> parameter = map(body, "Parameters." + name);
            Object value = overrides.containsKey(name) ? overrides.get(name) : parameter.get("Default");
            if (value == null) {
                throw new SamTemplateException("parameter " + name + " has no Default; pass a value for it");
            }
            if (parameter.get("AllowedValues") instanceof List<?> allowed
                    && allowed.stream().map(String::valueOf).noneMatch(String.valueOf(value)::equals)) {
                throw new SamTemplateException("parameter " + name + " = " + value + " is not one of " + allowed);
            }
            values.put(name, value);
        });
        return values;
    }

    // ---- APIs ----------------------------------------------------------------------------------------------

    private void readApis() {
        template.resourcesOfType("AWS::Serverless::Api").forEach((id, resource) -> {
            Map<String, Object> properties = merged(globals("Api"), CfnTemplate.properties(resource));
            apis.put(id, api(id, properties));
        });
    }

    private RestApiSpec implicitApi() {
        return apis.computeIfAbsent(IMPLICIT_API, id -> {
            Map<String, Object> properties = new LinkedHashMap<>(globals("Api"));
            properties.putIfAbsent("StageName", "Prod");
            return api(id, properties);
        });
    }

    private RestApiSpec api(String id, Map<String, Object> raw) {
        String where = "Resources." + id + ".Properties";
        Map<String, Object> properties = map(intrinsics.evaluate(withoutAuthorizerArns(raw), where), where);
        Map<String, Object> auth = optionalMap(properties.get("Auth"), where + ".Auth");
        Map<String, AuthorizerSpec> authorizers = new LinkedHashMap<>();
        optionalMap(raw.get("Auth") instanceof Map<?, ?> rawAuth ? rawAuth.get("Authorizers") : null,
                where + ".Auth.Authorizers").forEach((name, body) ->
                authorizers.put(name, authorizer(name, map(body, where + ".Auth.Authorizers." + name),
                        where + ".Auth.Authorizers." + name)));
        Object defaultAuthorizer = auth.get("DefaultAuthorizer");
        if (defaultAuthorizer != null && !authorizers.containsKey(String.valueOf(defaultAuthorizer))
                && !"NONE".equals(defaultAuthorizer)) {
            throw new SamTemplateException(where + ".Auth.DefaultAuthorizer " + defaultAuthorizer
                    + " is not one of Auth.Authorizers " + authorizers.keySet());
        }
        String apiKeySource = String.valueOf(properties.getOrDefault("ApiKeySourceType", "HEADER"));
        List<String> binaryTypes = new ArrayList<>();
        if (properties.get("BinaryMediaTypes") instanceof List<?> types) {
            types.forEach(t -> binaryTypes.add(String.valueOf(t).replace("~1", "/")));
        }
        Map<String, GatewayResponseSpec> responses = new LinkedHashMap<>();
        optionalMap(properties.get("GatewayResponses"), where + ".GatewayResponses").forEach((type, body) ->
                responses.put(type, gatewayResponse(map(body, where + ".GatewayResponses." + type))));
        return new RestApiSpec(id,
                String.valueOf(required(properties, "StageName", where)),
                Boolean.TRUE.equals(auth.get("ApiKeyRequired")),
                "AUTHORIZER".equals(apiKeySource),
                authorizers,
                cors(properties.get("Cors"), where + ".Cors"),
                !Boolean.FALSE.equals(auth.get("AddApiKeyRequiredToCorsPreflight")),
                !Boolean.FALSE.equals(auth.get("AddDefaultAuthorizerToCorsPreflight")),
                binaryTypes,
                responses);
    }

    /** The authorizers' FunctionArn must stay a reference (which function), not turn into an ARN string. */
    private static Map<String, Object> withoutAuthorizerArns(Map<String, Object> properties) {
        if (!(properties.get("Auth") instanceof Map<?, ?> auth)) {
            return properties;
        }
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        Map<String, Object> authCopy = new LinkedHashMap<>();
        auth.forEach((k, v) -> authCopy.put(String.valueOf(k), v));
        authCopy.remove("Authorizers");
        copy.put("Auth", authCopy);
        return copy;
    }

    private AuthorizerSpec authorizer(String name, Map<String, Object> raw, String where) {
        if (raw.containsKey("UserPoolArn") || !raw.containsKey("FunctionArn")) {
            throw new SamTemplateException(where + ": the local runtime runs Lambda authorizers only (FunctionArn)");
        }
        String functionId = functionOf(raw.get("FunctionArn"), where + ".FunctionArn");
        Map<String, Object> properties = map(intrinsics.evaluate(without(raw, "FunctionArn"), where), where);
        boolean request = "REQUEST".equals(properties.getOrDefault("FunctionPayloadType", "TOKEN"));
        Map<String, Object> identity = optionalMap(properties.get("Identity"), where + ".Identity");
        List<String> headers = new ArrayList<>();
        List<String> queryStrings = new ArrayList<>();
        if (request) {
            strings(identity.get("Headers")).forEach(headers::add);
            strings(identity.get("QueryStrings")).forEach(queryStrings::add);
        } else {
            headers.add(String.valueOf(identity.getOrDefault("Header", "Authorization")));
        }
        int ttl = Integer.parseInt(String.valueOf(identity.getOrDefault("ReauthorizeEvery", 300)));
        Object validation = identity.get("ValidationExpression");
        return new AuthorizerSpec(name, functionId, request, headers, queryStrings, Duration.ofSeconds(ttl),
                validation == null ? null : String.valueOf(validation));
    }

    /**
     * {@code !GetAtt Fn.Arn}, {@code !Sub ${Fn.Arn}}, {@code !Ref Fn} or SAM's {@code !Ref Fn.Alias} (the alias
     * AutoPublishAlias publishes, which SnapStart needs) → {@code Fn}: locally there is one version of each.
     */
    private String functionOf(Object reference, String where) {
        String id = null;
        if (reference instanceof Map<?, ?> ref && ref.size() == 1) {
            Object argument = ref.values().iterator().next();
            if (ref.containsKey("Fn::GetAtt") && argument instanceof List<?> parts && parts.size() == 2) {
                id = String.valueOf(parts.get(0));
            } else if (ref.containsKey("Ref")) {
                id = String.valueOf(argument).replaceFirst("\\.Alias$", "");
            } else if (ref.containsKey("Fn::Sub") && argument instanceof String sub
                    && sub.matches("\\$\\{[A-Za-z0-9]+\\.Arn}")) {
                id = sub.substring(2, sub.indexOf('.'));
            }
        }
        if (id == null || !(template.resource(id).map(r -> r.get("Type")).orElse(null) instanceof String type)
                || !type.equals("AWS::Serverless::Function")) {
            throw new SamTemplateException(where + ": expected !GetAtt <Function>.Arn of a function in this "
                    + "template, found " + reference);
        }
        return id;
    }

    private static Optional<CorsSpec> cors(Object value, String where) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?>)) {
            return Optional.of(new CorsSpec(unquote(String.valueOf(value)), Optional.empty(), Optional.empty(),
                    Optional.empty(), false));
        }
        Map<String, Object> cors = map(value, where);
        Object origin = required(cors, "AllowOrigin", where);
        return Optional.of(new CorsSpec(unquote(String.valueOf(origin)),
                Optional.ofNullable(cors.get("AllowMethods")).map(v -> unquote(String.valueOf(v))),
                Optional.ofNullable(cors.get("AllowHeaders")).map(v -> unquote(String.valueOf(v))),
                Optional.ofNullable(cors.get("MaxAge")).map(v -> unquote(String.valueOf(v))),
                Boolean.TRUE.equals(cors.get("AllowCredentials"))));
    }

    private static GatewayResponseSpec gatewayResponse(Map<String, Object> body) {
        Object status = body.get("StatusCode");
        Map<String, String> templates = new LinkedHashMap<>();
        optionalMap(body.get("ResponseTemplates"), "ResponseTemplates")
                .forEach((type, text) -> templates.put(type, String.valueOf(text)));
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Object> parameters = optionalMap(body.get("ResponseParameters"), "ResponseParameters");
        optionalMap(parameters.get("Headers"), "ResponseParameters.Headers")
                .forEach((name, text) -> headers.put(name, unquote(String.valueOf(text))));
        return new GatewayResponseSpec(status == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(String.valueOf(status))), templates, headers);
    }

    // ---- functions -----------------------------------------------------------------------------------------

    private void readFunctions() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            String where = "Resources." + id + ".Properties";
            Map<String, Object> raw = merged(globals("Function"), CfnTemplate.properties(resource));
            Map<String, Object> events = optionalMap(raw.get("Events"), where + ".Events");
            Map<String, Object> properties = map(intrinsics.evaluate(without(raw, "Events"), where), where);
            Map<String, String> environment = new LinkedHashMap<>();
            Map<String, Object> variables = optionalMap(
                    optionalMap(properties.get("Environment"), where + ".Environment").get("Variables"),
                    where + ".Environment.Variables");
            variables.forEach((name, value) -> environment.put(name,
                    dynamicReferences.apply(Intrinsics.scalar(value))));
            List<EventRule> functionRules = new ArrayList<>();
            events.forEach((name, body) -> readEvent(id, name, map(body, where + ".Events." + name),
                    where + ".Events." + name, functionRules));
            rules.addAll(functionRules);
            functions.put(id, new SamFunction(id,
                    String.valueOf(properties.getOrDefault("FunctionName", id)),
                    String.valueOf(required(properties, "Handler", where)),
                    properties.get("CodeUri") == null ? null : String.valueOf(properties.get("CodeUri")),
                    Duration.ofSeconds(Long.parseLong(String.valueOf(
                            properties.getOrDefault("Timeout", DEFAULT_TIMEOUT_SECONDS)))),
                    Integer.parseInt(String.valueOf(properties.getOrDefault("MemorySize", DEFAULT_MEMORY_MB))),
                    environment,
                    functionRules));
        });
    }

    private void readEvent(String functionId, String name, Map<String, Object> event, String where,
            List<EventRule> functionRules) {
        String type = String.valueOf(event.get("Type"));
        Map<String, Object> raw = optionalMap(event.get("Properties"), where + ".Properties");
        switch (type) {
            case "Api" -> routes.add(route(functionId, name, raw, where + ".Properties"));
            case "EventBridgeRule", "CloudWatchEvent" -> {
                Map<String, Object> properties = map(intrinsics.evaluate(raw, where), where);
                functionRules.add(new EventRule(functionId + "." + name, functionId,
                        optionalMap(properties.get("Pattern"), where + ".Properties.Pattern"),
                        String.valueOf(properties.getOrDefault("EventBusName", "default")),
                        Optional.ofNullable(properties.get("Input")).map(String::valueOf)));
            }
            default -> {
                // other event sources (Schedule, SQS, S3…) are not run locally; nothing in this template uses them
            }
        }
    }

    private ApiRoute route(String functionId, String name, Map<String, Object> raw, String where) {
        String apiId;
        Object restApiId = raw.get("RestApiId");
        if (restApiId == null) {
            apiId = implicitApi().logicalId();
        } else if (restApiId instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id && apis.containsKey(id)) {
            apiId = id;
        } else {
            throw new SamTemplateException(where + ".RestApiId: expected !Ref to an AWS::Serverless::Api of this "
                    + "template, found " + restApiId);
        }
        Map<String, Object> properties = map(intrinsics.evaluate(raw, where), where);
        RestApiSpec api = apis.get(apiId);
        String method = String.valueOf(required(properties, "Method", where)).toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(method)) {
            throw new SamTemplateException(where + ".Method: " + method + " is not an HTTP method");
        }
        String path = String.valueOf(required(properties, "Path", where));
        if (!path.startsWith("/")) {
            throw new SamTemplateException(where + ".Path must start with /: " + path);
        }
        Map<String, Object> auth = optionalMap(properties.get("Auth"), where + ".Auth");
        boolean apiKeyRequired = auth.containsKey("ApiKeyRequired")
                ? Boolean.TRUE.equals(auth.get("ApiKeyRequired")) : api.apiKeyRequired();
        Optional<String> authorizer = Optional.ofNullable(auth.get("Authorizer")).map(String::valueOf)
                .or(() -> defaultAuthorizer(apiId));
        if (authorizer.filter("NONE"::equals).isPresent()) {
            authorizer = Optional.empty();
        }
        authorizer.ifPresent(a -> {
            if (!api.authorizers().containsKey(a)) {
                throw new SamTemplateException(where + ".Auth.Authorizer " + a + " is not one of " + apiId
                        + "'s authorizers " + api.authorizers().keySet());
            }
        });
        return new ApiRoute(apiId, functionId, name, method, path, apiKeyRequired, authorizer);
    }

    private Optional<String> defaultAuthorizer(String apiId) {
        Map<String, Object> properties = apiId.equals(IMPLICIT_API) ? globals("Api")
                : merged(globals("Api"), CfnTemplate.properties(template.resource(apiId).orElseThrow()));
        if (properties.get("Auth") instanceof Map<?, ?> auth && auth.get("DefaultAuthorizer") != null) {
            return Optional.of(String.valueOf(auth.get("DefaultAuthorizer")));
        }
        return Optional.empty();
    }

    private void checkRoutes() {
        Map<String, ApiRoute> seen = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            ApiRoute earlier = seen.putIfAbsent(route.key(), route);
            if (earlier != null) {
                throw new SamTemplateException(route.key() + " is declared twice: " + earlier.functionId() + "."
                        + earlier.eventName() + " and " + route.functionId() + "." + route.eventName());
            }
        }
        for (RestApiSpec api : apis.values()) {
            api.authorizers().values().forEach(a -> function(a.functionId()));
        }
    }

    // ---- AWS::Events::Rule ---------------------------------------------------------------------------------

    private void readRuleResources() {
        template.resourcesOfType("AWS::Events::Rule").forEach((id, resource) -> {
            String where = "Resources." + id + ".Properties";
            Map<String, Object> raw = CfnTemplate.properties(resource);
            if (raw.get("EventPattern") == null || "DISABLED".equals(raw.get("State"))) {
                return; // schedules and disabled rules do not run locally
            }
            Map<String, Object> pattern = map(intrinsics.evaluate(raw.get("EventPattern"), where), where);
            String bus = raw.get("EventBusName") == null ? "default"
                    : intrinsics.evaluateString(raw.get("EventBusName"), where + ".EventBusName");
            if (raw.get("Targets") instanceof List<?> targets) {
                for (Object body : targets) {
                    Map<String, Object> target = map(body, where + ".Targets");
                    Object arn = target.get("Arn");
                    String functionId;
                    try {
                        functionId = functionOf(arn, where + ".Targets.Arn");
                    } catch (SamTemplateException notAFunction) {
                        continue; // a queue, topic or another bus: not something local-api invokes
                    }
                    Optional<String> input = Optional.ofNullable(target.get("Input"))
                            .map(v -> intrinsics.evaluateString(v, where + ".Targets.Input"));
                    rules.add(new EventRule(id + "." + target.getOrDefault("Id", functionId), functionId, pattern,
                            bus, input));
                }
            }
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Map<String, Object> globals(String section) {
        return optionalMap(template.globals().get(section), "Globals." + section);
    }

    /** SAM's Globals merge: maps merge key by key (the resource wins), anything else the resource replaces. */
    static Map<String, Object> merged(Map<String, Object> globals, Map<String, Object> resource) {
        Map<String, Object> result = new LinkedHashMap<>(globals);
        resource.forEach((key, value) -> {
            Object global = result.get(key);
            if (global instanceof Map<?, ?> g && value instanceof Map<?, ?> r && !isIntrinsic(r)) {
                result.put(key, merged(stringKeys(g), stringKeys(r)));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    private static Object required(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new SamTemplateException(where + "." + key + " is required");
        }
        return value;
    }

    private static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return stringKeys(m);
        }
        throw new SamTemplateException(where + ": expected a mapping, found " + value);
    }

    private static Map<String, Object> optionalMap(Object value, String where) {
        return value == null ? Map.of() : map(value, where);
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** SAM writes header values and CORS settings as quoted literals: {@code "'Bearer'"}. */
    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value;
    }
}
