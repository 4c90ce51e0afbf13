package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's routes and docs/openapi.yaml's paths are the same set, and every route sits behind
 * GateApi's API key; a route is public in the contract exactly when it skips the authorizer.
 */
class RoutesTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private static CfnTemplate template;
    private static OpenApiDocument openApi;

    /** One Api event of one function. */
    record Route(String function, String event, String method, String path, Map<?, ?> properties) {
        String key() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void load() {
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        openApi = OpenApiDocument.load(OpenApiTest.SPEC);
    }

    static List<Route> templateRoutes() {
        List<Route> routes = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, function) -> {
            if (CfnTemplate.properties(function).get("Events") instanceof Map<?, ?> events) {
                events.forEach((name, body) -> {
                    if (body instanceof Map<?, ?> event && "Api".equals(event.get("Type"))) {
                        Map<?, ?> p = (Map<?, ?>) event.get("Properties");
                        routes.add(new Route(id, String.valueOf(name),
                                String.valueOf(p.get("Method")).toLowerCase(Locale.ROOT), String.valueOf(p.get("Path")), p));
                    }
                });
            }
        });
        return routes;
    }

    /** "method path" → the operation, from the contract. */
    static Map<String, Map<?, ?>> contractOperations() {
        Map<String, Map<?, ?>> operations = new LinkedHashMap<>();
        Object paths = openApi.resolve("#/paths").orElse(Map.of());
        ((Map<?, ?>) paths).forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) -> {
            if (HTTP_METHODS.contains(String.valueOf(method))) {
                operations.put(method + " " + path, (Map<?, ?>) op);
            }
        }));
        return operations;
    }

    @Test
    void everyRoute_isDeclaredOnce_andTheContractHasExactlyTheseRoutes() {
        List<Route> routes = templateRoutes();
        Set<String> keys = new TreeSet<>();
        routes.forEach(route -> assertThat(keys.add(route.key()))
                .as(route.function() + "." + route.event() + ": " + route.key() + " declared twice").isTrue());
        assertThat(keys).as("template routes = openapi operations")
                .isEqualTo(new TreeSet<>(contractOperations().keySet()));
    }

    @Test
    void everyRoute_isOnGateApi_soTheApiKeyApplies() {
        templateRoutes().forEach(route -> {
            assertThat(route.properties().get("RestApiId")).as(route.function() + "." + route.event() + " RestApiId")
                    .isEqualTo(Map.of("Ref", "GateApi"));
            assertThat(route.path()).as(route.function() + "." + route.event()).startsWith("/v1/");
            assertThat(route.method()).as(route.function() + "." + route.event()).isIn(HTTP_METHODS);
        });
    }

    @Test
    void aRouteIsPublicInTheContract_exactlyWhenItSkipsTheAuthorizer() {
        Map<String, Map<?, ?>> operations = contractOperations();
        templateRoutes().forEach(route -> {
            Map<?, ?> op = operations.get(route.key());
            if (op == null) {
                return; // reported by the route-set test
            }
            boolean publicInContract = op.get("security") instanceof List<?> security
                    && security.stream().noneMatch(r -> r instanceof Map<?, ?> m && m.containsKey("BearerAuth"));
            boolean skipsAuthorizer = route.properties().get("Auth") instanceof Map<?, ?> auth
                    && "NONE".equals(auth.get("Authorizer"));
            assertThat(skipsAuthorizer).as(route.key() + ": public in openapi.yaml = Auth.Authorizer NONE")
                    .isEqualTo(publicInContract);
        });
    }
}
