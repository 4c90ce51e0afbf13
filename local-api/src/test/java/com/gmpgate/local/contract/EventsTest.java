package com.gmpgate.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under events/ is an event API Gateway could really send (events/README.md). */
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Path EVENTS = RepoFiles.resolve("events");

    private static JsonNode restFixture;
    private static JsonNode authorizerFixture;
    private static CfnTemplate template;

    @BeforeAll
    static void load() throws IOException {
        restFixture = fixture("apigw_rest_event.json");
        authorizerFixture = fixture("apigw-request-authorizer.rendered.json");
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
    }

    static Stream<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EVENTS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theExampleFolder_hasAnAuthorizedAndAPublicEvent() throws IOException {
        List<JsonNode> examples = new ArrayList<>();
        for (Path file : eventFiles().filter(p -> p.getParent().getFileName().toString().equals("_example"))
                .toList()) {
            examples.add(JSON.readTree(file.toFile()));
        }
        assertThat(examples).anyMatch(e -> e.path("requestContext").has("authorizer"));
        assertThat(examples).anyMatch(e -> !e.path("requestContext").has("authorizer"));
    }

    @Test
    void everyFile_isInAFunctionFolder_namedAsTheReadmeSays() throws IOException {
        for (Path file : eventFiles().toList()) {
            Path relative = EVENTS.relativize(file);
            assertThat(relative.getNameCount()).as(relative + ": events/<function>/<case>.json").isEqualTo(2);
            assertThat(relative.getFileName().toString()).as(relative.toString())
                    .matches("[a-z0-9]+(-[a-z0-9]+)*\\.json");
            String folder = relative.getName(0).toString();
            if (!folder.equals("_example")) {
                assertThat(functionsByFolder()).as(relative + ": no function for folder " + folder)
                        .containsKey(folder);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void event_hasTheShapeApiGatewaySends(Path file) throws IOException {
        JsonNode event = JSON.readTree(file.toFile());
        if ("REQUEST".equals(event.path("type").asText())) {
            assertRequestAuthorizerEvent(file, event);
            return;
        }
        assertThat(fieldNames(event)).as(file + " top-level fields").containsAll(fieldNames(restFixture));
        assertThat(fieldNames(event.get("requestContext"))).as(file + " requestContext")
                .contains("accountId", "apiId", "httpMethod", "identity", "path", "requestId", "resourcePath",
                        "stage", "requestTimeEpoch");

        JsonNode context = event.get("requestContext");
        assertThat(context.get("httpMethod").asText()).as(file + " method").isEqualTo(event.get("httpMethod").asText());
        assertThat(context.get("resourcePath").asText()).as(file + " resource").isEqualTo(event.get("resource").asText());
        assertThat(event.get("path").asText()).as(file + " path").startsWith("/v1/");
        assertThat(context.get("requestId").asText()).as(file + " requestId")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(pathMatchesResource(event.get("path").asText(), event.get("resource").asText(),
                event.get("pathParameters"))).as(file + " path, resource and pathParameters agree").isTrue();

        assertSingleAndMultiValueAgree(file, event.get("headers"), event.get("multiValueHeaders"), "headers");
        assertSingleAndMultiValueAgree(file, event.get("queryStringParameters"),
                event.get("multiValueQueryStringParameters"), "query");
        assertThat(header(event, "x-api-key")).as(file + " x-api-key").isNotBlank();

        if (context.has("authorizer")) {
            JsonNode authorizer = context.get("authorizer");
            assertThat(authorizer.path("userId").asText()).as(file + " authorizer.userId").isNotBlank();
            assertThat(authorizer.path("role").asText()).as(file + " authorizer.role").isIn("WORKER", "ADMIN");
            assertThat(authorizer.path("siteId").asText()).as(file + " authorizer.siteId").isNotBlank();
            assertThat(header(event, "authorization")).as(file + " Authorization").startsWith("Bearer ");
        }
        if (!event.get("body").isNull() && !event.get("isBase64Encoded").asBoolean()) {
            JSON.readTree(event.get("body").asText()); // a JSON body must be JSON
        }

        // what a handler sees after the Lambda runtime deserializes it
        APIGatewayProxyRequestEvent typed = JSON.treeToValue(event, APIGatewayProxyRequestEvent.class);
        assertThat(typed.getHttpMethod()).isEqualTo(event.get("httpMethod").asText());
        assertThat(typed.getRequestContext().getRequestId()).isEqualTo(context.get("requestId").asText());

        assertMatchesAnApiEventOfItsFunction(file, event);
    }

    private static void assertRequestAuthorizerEvent(Path file, JsonNode event) {
        assertThat(fieldNames(event)).as(file + " authorizer event fields")
                .contains("type", "methodArn", "resource", "path", "httpMethod", "headers", "requestContext");
        assertThat(fieldNames(authorizerFixture)).contains("type", "methodArn");
        assertThat(event.get("methodArn").asText()).as(file + " methodArn").startsWith("arn:aws:execute-api:");
    }

    private static void assertMatchesAnApiEventOfItsFunction(Path file, JsonNode event) {
        String folder = EVENTS.relativize(file).getName(0).toString();
        Map<String, Object> function = functionsByFolder().get(folder);
        if (function == null) {
            return; // _example
        }
        List<String> routes = apiRoutes(function);
        String route = event.get("httpMethod").asText().toLowerCase(Locale.ROOT) + " " + event.get("resource").asText();
        String anyMethod = "any " + event.get("resource").asText();
        assertThat(routes).as(file + " matches an Api event of its function").containsAnyOf(route, anyMethod);
    }

    /** Function folders by the README's rule: logical id without "Function", kebab-case. */
    static Map<String, Map<String, Object>> functionsByFolder() {
        Map<String, Map<String, Object>> byFolder = new java.util.LinkedHashMap<>();
        template.resourcesOfType("AWS::Serverless::Function")
                .forEach((id, function) -> byFolder.put(folderOf(id), function));
        return byFolder;
    }

    static String folderOf(String logicalId) {
        String base = logicalId.endsWith("Function") ? logicalId.substring(0, logicalId.length() - 8) : logicalId;
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Test
    void folderOf_followsTheReadme() {
        assertThat(folderOf("AuthLoginFunction")).isEqualTo("auth-login");
        assertThat(folderOf("QrVerifyFunction")).isEqualTo("qr-verify");
        assertThat(folderOf("Authorizer")).isEqualTo("authorizer");
    }

    private static List<String> apiRoutes(Map<String, Object> function) {
        List<String> routes = new ArrayList<>();
        if (CfnTemplate.properties(function).get("Events") instanceof Map<?, ?> events) {
            for (Object e : events.values()) {
                if (e instanceof Map<?, ?> event && "Api".equals(event.get("Type"))
                        && event.get("Properties") instanceof Map<?, ?> p) {
                    routes.add(String.valueOf(p.get("Method")).toLowerCase(Locale.ROOT) + " " + p.get("Path"));
                }
            }
        }
        return routes;
    }

    private static boolean pathMatchesResource(String path, String resource, JsonNode pathParameters) {
        String[] pathParts = path.split("/", -1);
        String[] resourceParts = resource.split("/", -1);
        if (pathParts.length != resourceParts.length) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pathParts.length; i++) {
            String r = resourceParts[i];
            if (r.startsWith("{") && r.endsWith("}")) {
                String name = r.substring(1, r.length() - 1);
                if (pathParameters == null || !pathParameters.path(name).asText().equals(pathParts[i])) {
                    return false;
                }
                seen.add(name);
            } else if (!r.equals(pathParts[i])) {
                return false;
            }
        }
        return seen.isEmpty() ? pathParameters == null || pathParameters.isNull()
                : fieldNames(pathParameters).equals(seen);
    }

    private static void assertSingleAndMultiValueAgree(Path file, JsonNode single, JsonNode multi, String what) {
        if (single == null || single.isNull()) {
            assertThat(multi == null || multi.isNull()).as(file + " " + what + ": both or neither").isTrue();
            return;
        }
        assertThat(fieldNames(multi)).as(file + " " + what + " names").isEqualTo(fieldNames(single));
        single.fields().forEachRemaining(entry -> {
            JsonNode values = multi.get(entry.getKey());
            assertThat(values.isArray() && !values.isEmpty()).as(file + " " + what + " " + entry.getKey()).isTrue();
            // API Gateway puts the last value of a repeated header or parameter into the single-value map
            assertThat(values.get(values.size() - 1).asText()).as(file + " " + what + " " + entry.getKey())
                    .isEqualTo(entry.getValue().asText());
        });
    }

    private static String header(JsonNode event, String name) {
        Iterator<Map.Entry<String, JsonNode>> headers = event.get("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> h = headers.next();
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue().asText();
            }
        }
        return "";
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = EventsTest.class.getResourceAsStream("/fixtures/aws/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
