package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.local.TestLocalApi;
import com.gmpgate.local.LocalApiOptions;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.local.lambda.Invocation;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.sam.ApiRoute;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.local.sam.LocalSecrets;
import com.gmpgate.local.sam.SamApplication;
import com.gmpgate.template.CfnTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.gmpgate.fakes.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of template.yaml, run by its real handler, refuses an oversized identifier with 400 and the error
 * envelope before it touches storage: each path parameter, each query parameter openapi.yaml declares, and each id
 * or key field of the sample events' bodies, at 3,000 characters. DynamoDB and S3 are a local HTTP endpoint that
 * counts what reaches it and fails it (a request that got through would be a 5xx, and counted).
 */
class BoundedIdentifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(3000);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    /** The seven routes the attack run found answering 500; the set below must include them. */
    private static final List<String> REPORTED = List.of("GET /v1/ai/analyses/{id}",
            "GET /v1/checklist/submissions/{id}", "POST /v1/checklist/submissions/{id}/review",
            "GET /v1/qr/passes/{id}/image", "POST /v1/qr/passes/{id}/revoke", "PATCH /v1/auth/users/{id}",
            "POST /v1/auth/users/{id}/password-reset");

    @TempDir
    static Path dataDir;
    private static LoopbackServer storage;
    private static final AtomicInteger storageCalls = new AtomicInteger();
    private static SamApplication application;
    private static LocalLambda lambda;
    private static OpenApiDocument openApi;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        storage = new LoopbackServer(exchange -> {
            storageCalls.incrementAndGet();
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, -1);
            }
        });
        String endpoint = storage.endpoint().toString();
        CfnTemplate template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        application = SamApplication.of(template, LocalApiOptions.LOCAL_PARAMETERS, LocalResources.standard(),
                "gmp-hygiene-gate-local", new LocalSecrets(template, dataDir));
        lambda = new LocalLambda(application, Map.of("GMP_DYNAMODB_ENDPOINT", endpoint, "GMP_S3_ENDPOINT", endpoint,
                "GMP_DATA_DIR", dataDir.toString(), "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"),
                BoundedIdentifiersTest.class.getClassLoader(),
                TestLocalApi.log(LOG));
        openApi = OpenApiDocument.load(OpenApiTest.SPEC);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        storage.close();
    }

    @Test
    void anOversizedPathId_is400_onEveryRouteWithOne_withoutAStorageCall() throws IOException {
        List<String> checked = new ArrayList<>();
        for (ApiRoute route : application.routes()) {
            Matcher parameters = PATH_PARAMETER.matcher(route.path());
            while (parameters.find()) {
                String name = parameters.group(1);
                RestEvent event = RestEvent.request(route.method(), route.path(),
                        route.path().replace("{" + name + "}", HUGE)).pathParameter(name, HUGE);
                fillOtherPathParameters(event, route.path(), name);
                assertRefused(route, event, name, route.key() + " with a 3000-character " + name);
                checked.add(route.key());
            }
        }
        assertThat(checked).containsAll(REPORTED);
    }

    @Test
    void anOversizedQueryParameter_is400_onEveryRoute_withoutAStorageCall() throws IOException {
        int checked = 0;
        for (ApiRoute route : application.routes()) {
            for (String name : queryParameters(route)) {
                RestEvent event = RestEvent.request(route.method(), route.path(), route.path()).query(name, HUGE);
                fillOtherPathParameters(event, route.path(), null);
                assertRefused(route, event, name, route.key() + " with ?" + name + "= of 3000 characters");
                checked++;
            }
        }
        assertThat(checked).as("the contract declares query parameters (cursor, limit, workerId, ...)")
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void anOversizedIdInASampleBody_is4xx_withoutAStorageCall() throws IOException {
        int checked = 0;
        for (ApiRoute route : application.routes()) {
            for (Path sample : samples(route)) {
                JsonNode event = JSON.readTree(sample.toFile());
                if (!event.path("body").isTextual()) {
                    continue;
                }
                JsonNode body = JSON.readTree(event.get("body").asText());
                for (String field : idFields(body, "")) {
                    ObjectNode copy = event.deepCopy();
                    // the samples are dated: a cached decision past its token's expiry would be a 401 first
                    if (copy.at("/requestContext/authorizer") instanceof ObjectNode authorizer) {
                        authorizer.remove("exp");
                    }
                    JsonNode changed = body.deepCopy();
                    set(changed, field, HUGE);
                    copy.put("body", JSON.writeValueAsString(changed));
                    int before = storageCalls.get();
                    JsonNode reply = invoke(route, JSON.writeValueAsBytes(copy));
                    String what = sample.getFileName() + " with a 3000-character " + field;
                    int status = reply.get("statusCode").asInt();
                    if (sample.getFileName().toString().contains("forbidden")) {
                        assertThat(status).as(what).isIn(400, 403);
                    } else {
                        assertThat(status).as(what + ": " + reply.get("body")).isEqualTo(400);
                        assertThat(JSON.readTree(reply.get("body").asText()).at("/error/code").asText()).as(what)
                                .isEqualTo("VALIDATION_FAILED");
                    }
                    assertThat(storageCalls.get()).as(what + " reached storage").isEqualTo(before);
                    checked++;
                }
            }
        }
        assertThat(checked).as("sample bodies name ids (clientSubmissionId, imageKey, scanId, gateId, loginId, ...)")
                .isGreaterThanOrEqualTo(6);
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    private static void assertRefused(ApiRoute route, RestEvent event, String field, String what) throws IOException {
        event.caller("u-admin", "ADMIN", "demo-site");
        if (!route.method().equals("GET")) {
            event.json("{}");
        }
        int before = storageCalls.get();
        JsonNode reply = invoke(route, event.bytes());
        JsonNode body = JSON.readTree(reply.get("body").asText());
        assertThat(reply.get("statusCode").asInt()).as(what + ": " + body).isEqualTo(400);
        assertThat(body.at("/error/code").asText()).as(what).isEqualTo("VALIDATION_FAILED");
        assertThat(body.at("/error/details").findValuesAsText("field")).as(what).contains(field);
        assertThat(storageCalls.get()).as(what + " reached storage").isEqualTo(before);
    }

    private static JsonNode invoke(ApiRoute route, byte[] event) throws IOException {
        Invocation invocation = lambda.invoke(route.functionId(), event, Duration.ofSeconds(60));
        assertThat(invocation).as(route.key()).isInstanceOf(Invocation.Returned.class);
        return JSON.readTree(((Invocation.Returned) invocation).payload());
    }

    /** A route with two path parameters gets a fine value for the one not under test. */
    private static void fillOtherPathParameters(RestEvent event, String path, String except) {
        Matcher parameters = PATH_PARAMETER.matcher(path);
        while (parameters.find()) {
            if (!parameters.group(1).equals(except)) {
                event.pathParameter(parameters.group(1), "id-1");
            }
        }
    }

    private static List<String> queryParameters(ApiRoute route) {
        Object operation = openApi.resolve("#/paths/" + route.path().replace("~", "~0").replace("/", "~1") + "/"
                + route.method().toLowerCase(java.util.Locale.ROOT)).orElse(Map.of());
        List<String> names = new ArrayList<>();
        if (((Map<?, ?>) operation).get("parameters") instanceof List<?> parameters) {
            for (Object parameter : parameters) {
                Map<?, ?> p = (Map<?, ?>) parameter;
                if (p.get("$ref") instanceof String ref) {
                    p = (Map<?, ?>) openApi.resolve(ref).orElseThrow();
                }
                if ("query".equals(p.get("in"))) {
                    names.add(String.valueOf(p.get("name")));
                }
            }
        }
        return names;
    }

    /** The sample events of the route: events/<function folder>/*.json with its resource and method. */
    private static List<Path> samples(ApiRoute route) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RepoFiles.resolve("events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                if (route.path().equals(event.path("resource").asText())
                        && route.method().equals(event.path("httpMethod").asText())) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** Dotted paths of the string fields that name a record: ...Id, ...Key, id. */
    private static List<String> idFields(JsonNode node, String prefix) {
        List<String> fields = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                if (field.getValue().isTextual() && field.getKey().matches("(.*Id|.*Key|id)")) {
                    fields.add(path);
                } else {
                    fields.addAll(idFields(field.getValue(), path));
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            fields.addAll(idFields(node.get(0), prefix + "[0]"));
        }
        return fields;
    }

    private static void set(JsonNode root, String path, String value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        ((ObjectNode) node).set(steps[steps.length - 1].replace("[0]", ""), TextNode.valueOf(value));
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.endsWith("[0]") ? node.get(step.substring(0, step.length() - 3)).get(0) : node.get(step);
    }
}
