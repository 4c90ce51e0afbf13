package com.gmpgate.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.Http;
import com.gmpgate.local.LocalApi;
import com.gmpgate.local.LocalApiOptions;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.local.TestLocalApi;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.testhandlers.RecorderHandler;
import com.gmpgate.local.testhandlers.TestAuthorizerHandler;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * local-api's API Gateway over real HTTP, on a test template (src/test/resources/local/gateway-template.yaml)
 * whose functions are test handlers: routes come from the template, events are REST v1 proxy events, the
 * authorizer runs first, then the API key; limits, timeouts, gateway responses and CORS as API Gateway has them.
 */
class GatewayHttpTest {

    private static final String KEY = "test-key";
    private static final String WORKER = "Bearer allow:u1:WORKER";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @TempDir
    static Path dataDir;
    private static LocalApi api;
    private static Http http;

    @BeforeAll
    static void start() {
        LocalApiOptions options = TestLocalApi.options(
                RepoFiles.resolve("local-api/src/test/resources/local/gateway-template.yaml"), dataDir, KEY)
                .withIntegrationTimeout(Duration.ofSeconds(2));
        api = LocalApi.start(options, TestLocalApi.log(LOG));
        http = new Http(api.baseUri());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpRequest.Builder get(String path) {
        return http.request(path).header("x-api-key", KEY).header("Authorization", WORKER).GET();
    }

    private static JsonNode echo(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void aTemplateRoute_receivesTheRestProxyEvent_asApiGatewayBuildsIt() {
        HttpResponse<String> response = http.send(get("/v1/echo/abc%20d?x=1&x=2&y=z%2B")
                .header("X-Dup", "a").header("X-Dup", "b"));
        JsonNode event = echo(response).get("event");

        assertThat(event.get("resource").asText()).isEqualTo("/v1/echo/{id}");
        assertThat(event.get("path").asText()).isEqualTo("/v1/echo/abc d");
        assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(event.get("pathParameters")).isEqualTo(JSON.valueToTree(Map.of("id", "abc d")));
        assertThat(event.get("queryStringParameters")).isEqualTo(JSON.valueToTree(Map.of("x", "2", "y", "z+")));
        assertThat(event.get("multiValueQueryStringParameters"))
                .isEqualTo(JSON.valueToTree(Map.of("x", List.of("1", "2"), "y", List.of("z+"))));
        assertThat(event.get("headers").get("x-dup").asText()).isEqualTo("b");
        assertThat(event.get("multiValueHeaders").get("x-dup")).isEqualTo(JSON.valueToTree(List.of("a", "b")));
        assertThat(event.get("headers").get("x-api-key").asText()).isEqualTo(KEY);
        assertThat(event.get("stageVariables").isNull()).isTrue();
        assertThat(event.get("body").isNull()).isTrue();
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();

        JsonNode context = event.get("requestContext");
        assertThat(context.get("resourcePath").asText()).isEqualTo("/v1/echo/{id}");
        assertThat(context.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(context.get("stage").asText()).isEqualTo("test");
        assertThat(context.get("path").asText()).isEqualTo("/test/v1/echo/abc d");
        assertThat(context.get("requestId").asText()).isEqualTo(response.headers().firstValue("x-amzn-RequestId")
                .orElseThrow());
        assertThat(context.get("identity").get("apiKey").asText()).isEqualTo(KEY);
        assertThat(context.get("identity").get("sourceIp").asText()).isEqualTo("127.0.0.1");
        JsonNode authorizer = context.get("authorizer");
        assertThat(authorizer.get("principalId").asText()).isEqualTo("u1");
        assertThat(authorizer.get("userId").asText()).isEqualTo("u1");
        assertThat(authorizer.get("role").asText()).isEqualTo("WORKER");
        assertThat(authorizer.get("siteId").asText()).isEqualTo("demo-site");
        // API Gateway hands every context value on as a string
        assertThat(authorizer.get("exp").isTextual()).isTrue();
        assertThat(authorizer.get("admin").asText()).isEqualTo("false");
        assertThat(authorizer.get("integrationLatency").isNumber()).isTrue();

        assertThat(response.headers().allValues("X-Multi")).containsExactly("one", "two");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    /**
     * API Gateway dates every reply; the apps set their clocks by it (web-shared clock: a phone minutes off still
     * shows the code of the server's 10-second step), so local-api must too — errors and gateway replies included.
     */
    @Test
    void everyReply_carriesTheServersDate_asApiGatewayDoes() {
        for (HttpResponse<String> response : List.of(http.send(get("/v1/echo/1")),
                http.send(http.request("/v1/echo/1").GET()))) {
            Instant date = java.time.ZonedDateTime.parse(response.headers().firstValue("Date").orElseThrow(),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(Duration.between(date, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void theEvent_hasEveryFieldOfARealRestProxyEvent() throws Exception {
        JsonNode real = JSON.readTree(RepoFiles.resolve(
                "local-api/src/test/resources/fixtures/aws/apigw_rest_event.json").toFile());
        JsonNode event = echo(http.send(get("/v1/echo/1"))).get("event");

        assertThat(fieldNames(event)).containsAll(fieldNames(real).stream().filter(f -> !f.equals("version")).toList());
        assertThat(fieldNames(event.get("requestContext"))).containsAll(fieldNames(real.get("requestContext")));
        assertThat(fieldNames(event.get("requestContext").get("identity")))
                .containsAll(fieldNames(real.get("requestContext").get("identity")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void aLiteralSegment_beatsAPathVariable_andAGreedyVariableTakesTheRest() {
        assertThat(echo(http.send(get("/v1/echo/mine"))).get("event").get("resource").asText())
                .isEqualTo("/v1/echo/mine");
        JsonNode files = echo(http.send(http.request("/v1/files/a/b/c.txt").header("x-api-key", KEY)
                .header("Authorization", WORKER).DELETE())).get("event");
        assertThat(files.get("resource").asText()).isEqualTo("/v1/files/{proxy+}");
        assertThat(files.get("httpMethod").asText()).isEqualTo("DELETE");
        assertThat(files.get("pathParameters").get("proxy").asText()).isEqualTo("a/b/c.txt");
    }

    @Test
    void theHandler_isBuiltWithItsTemplateEnvironment_resolved() {
        JsonNode body = echo(http.send(get("/v1/echo/1")));
        JsonNode env = body.get("environment");

        assertThat(env.get("GMP_STAGE").asText()).isEqualTo("test");
        assertThat(env.get("GREETING").asText()).isEqualTo("hello, us-east-1");
        assertThat(env.get("LIMIT").asText()).isEqualTo("5");
        assertThat(env.get("OWN").asText()).isEqualTo("a-test");
        assertThat(env.get("TOPIC_ARN").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:AuthorizerFunction");
        assertThat(env.get("GMP_AI_PROVIDER").asText()).as("locally no photo goes to Bedrock").isEqualTo("manual");
        assertThat(env.get("AWS_REGION").asText()).isEqualTo("us-east-1");
        assertThat(env.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("EchoFunction");
        assertThat(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("512");
        assertThat(env.get("GMP_DATA_DIR").asText()).isEqualTo(dataDir.toAbsolutePath().normalize().toString());
        assertThat(body.get("functionName").asText()).isEqualTo("EchoFunction");
        assertThat(body.get("remainingTimeMs").asInt()).isBetween(1, 10_000);
    }

    @Test
    void theApiKey_isRequired_unlessTheRouteOptsOut() {
        HttpResponse<String> missing = http.send(http.request("/v1/public").GET());
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(Http.json(missing).at("/error/code").asText()).isEqualTo("INVALID_API_KEY");
        assertThat(Http.json(missing).at("/error/requestId").asText())
                .isEqualTo(missing.headers().firstValue("x-amzn-RequestId").orElseThrow());

        assertThat(http.send(http.request("/v1/public").header("x-api-key", "wrong").GET()).statusCode())
                .isEqualTo(403);
        assertThat(http.send(http.request("/v1/public").header("x-api-key", KEY).GET()).statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/v1/open").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuthorizer_runsBeforeTheApiKeyCheck_andItsRefusalsAreGatewayResponses() {
        HttpResponse<String> noToken = http.send(http.request("/v1/echo/1").GET());
        assertThat(noToken.statusCode()).as("no token and no key: the authorizer answers first").isEqualTo(401);
        assertThat(Http.json(noToken).at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        HttpResponse<String> noKey = http.send(http.request("/v1/echo/1").header("Authorization", WORKER).GET());
        assertThat(Http.json(noKey).at("/error/code").asText()).isEqualTo("INVALID_API_KEY");

        assertThat(http.send(get("/v1/echo/1").header("Authorization", "Bearer nonsense")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> denied = http.send(get("/v1/echo/1").header("Authorization", "Bearer deny"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(Http.json(denied).at("/error/code").asText()).isEqualTo("FORBIDDEN");
        HttpResponse<String> broken = http.send(get("/v1/echo/1").header("Authorization", "Bearer broken"));
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(Http.json(broken).at("/error/code").asText()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void theAuthorizersPolicy_isCheckedAgainstTheMethodArn() {
        assertThat(http.send(get("/v1/echo/x").header("Authorization", "Bearer only:/v1/echo/x")).statusCode())
                .isEqualTo(200);
        assertThat(http.send(get("/v1/echo/y").header("Authorization", "Bearer only:/v1/echo/x")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPublicRoute_neverCallsTheAuthorizer() {
        int before = TestAuthorizerHandler.CALLS.get();
        JsonNode event = echo(http.send(http.request("/v1/public").header("x-api-key", KEY)
                .header("Authorization", "Bearer nonsense").GET())).get("event");
        assertThat(TestAuthorizerHandler.CALLS.get()).isEqualTo(before);
        assertThat(event.get("requestContext").has("authorizer")).isFalse();
    }

    @Test
    void anUnknownRouteOrMethod_isMissingAuthenticationToken_asTheTemplateRendersIt() {
        for (HttpRequest.Builder request : List.of(get("/v1/nothing/here"),
                http.request("/v1/echo").header("x-api-key", KEY).PUT(HttpRequest.BodyPublishers.noBody()),
                http.request("/v1").GET())) {
            HttpResponse<String> response = http.send(request);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Http.json(response).at("/error/code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void aJsonBody_arrivesAsText() {
        String body = "{\"name\":\"작업자\"}";
        JsonNode event = echo(http.send(http.request("/v1/echo").header("x-api-key", KEY)
                .header("Authorization", WORKER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)))).get("event");
        assertThat(event.get("body").asText()).isEqualTo(body);
        assertThat(event.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void aBinaryBody_arrivesBase64_andABase64ReplyIsDecoded_whenTheMediaTypeIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 0, 1, 2};
        HttpResponse<byte[]> decoded = http.sendBytes(http.request("/v1/echo?binary=true").header("x-api-key", KEY)
                .header("Authorization", WORKER).header("Content-Type", "image/png").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertThat(decoded.statusCode()).isEqualTo(200);
        assertThat(decoded.body()).isEqualTo(png);
        assertThat(decoded.headers().firstValue("Content-Type")).hasValue("image/png");

        HttpResponse<String> passedThrough = http.send(http.request("/v1/echo?binary=true")
                .header("x-api-key", KEY).header("Authorization", WORKER).header("Content-Type", "image/png")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertThat(passedThrough.body()).as("Accept does not match BinaryMediaTypes: base64 text, as in AWS")
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(png));
    }

    @Test
    void aBodyOverTenMegabytes_isRefusedWith413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        HttpResponse<String> response = http.send(http.request("/v1/echo").header("x-api-key", KEY)
                .header("Authorization", WORKER).POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aFunctionOverItsTimeout_is502_andAnIntegrationOverTheGatewaysTimeout_is504() {
        long start = System.nanoTime();
        HttpResponse<String> functionTimeout = http.send(http.request("/v1/slow?sleepMs=5000")
                .header("x-api-key", KEY).GET());
        assertThat(functionTimeout.statusCode()).isEqualTo(502);
        assertThat(Http.json(functionTimeout).at("/error/code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

        HttpResponse<String> gatewayTimeout = http.send(http.request("/v1/patient?sleepMs=5000")
                .header("x-api-key", KEY).GET());
        assertThat(gatewayTimeout.statusCode()).isEqualTo(504);
    }

    @Test
    void aFunctionThatThrowsOrAnswersMalformed_is502() {
        assertThat(http.send(get("/v1/echo/1?throw=boom")).statusCode()).isEqualTo(502);
        assertThat(http.send(get("/v1/echo/1?raw=not-json")).statusCode()).isEqualTo(502);
        assertThat(http.send(get("/v1/echo/1?raw=%7B%22statusCode%22%3A%22abc%22%7D")).statusCode()).isEqualTo(502);
        assertThat(http.send(get("/v1/echo/1?raw=%7B%22statusCode%22%3A201%7D")).statusCode()).isEqualTo(201);
        assertThat(http.send(get("/v1/echo/1?status=418")).statusCode()).isEqualTo(418);
    }

    @Test
    void preflight_isAnsweredFromTheApisCorsSetting_andWithoutOneThereIsNoOptionsMethod() {
        HttpResponse<String> preflight = http.send(http.request("/v2/things").header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST,OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("content-type,x-api-key,authorization");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");

        HttpResponse<String> noCors = http.send(http.request("/v1/echo").header("Origin", "https://app.example")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(noCors.statusCode()).isEqualTo(404);
        assertThat(noCors.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void concurrentRequests_getTheirOwnHandlerInstance_likeExecutionEnvironments() {
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() ->
                http.send(get("/v1/echo/1?sleepMs=500")));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() ->
                http.send(get("/v1/echo/2?sleepMs=500")));
        int one = echo(first.join()).get("instance").asInt();
        int two = echo(second.join()).get("instance").asInt();
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void aBurst_beyondTheFunctionsInstances_waitsForOne_ratherThanStartingMore() {
        int burst = 2 * LocalLambda.DEFAULT_INSTANCES_PER_FUNCTION;
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            int n = i;
            calls.add(CompletableFuture.supplyAsync(() -> http.send(get("/v1/echo/" + n + "?sleepMs=300"))));
        }
        Set<Integer> instances = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> reply = call.join();
            assertThat(reply.statusCode()).isEqualTo(200);
            instances.add(echo(reply).get("instance").asInt());
        }
        assertThat(instances).hasSizeLessThanOrEqualTo(LocalLambda.DEFAULT_INSTANCES_PER_FUNCTION);
    }

    @Test
    void everyRequest_logsOneLine_withMethodPathStatusAndMillis() {
        http.send(http.request("/v1/public?x=1").header("x-api-key", KEY).GET());
        // the line is written once the response has gone out
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!LOG.toString(StandardCharsets.UTF_8).contains("GET /v1/public 200") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(LOG.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^GET /v1/public 200 \\d+ms$");
    }

    @Test
    void whatAFunctionPublishes_reachesTheTargetsOfTheMatchingRules_asEventBridgeDelivers() throws Exception {
        RecorderHandler.RECEIVED.clear();
        HttpResponse<String> published = http.send(http.request("/v1/publish").header("x-api-key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"FAIL\"}")));
        assertThat(published.statusCode()).isEqualTo(202);
        awaitReceived(2);
        JsonNode envelope = RecorderHandler.RECEIVED.stream().filter(e -> e.contains("detail-type"))
                .map(e -> { try { return JSON.readTree(e); } catch (Exception x) { throw new AssertionError(x); } })
                .findFirst().orElseThrow();
        assertThat(envelope.get("source").asText()).isEqualTo("gmp.test");
        assertThat(envelope.get("detail-type").asText()).isEqualTo("Screened");
        assertThat(envelope.get("detail").get("verdict").asText()).isEqualTo("FAIL");
        assertThat(envelope.get("account").asText()).isEqualTo("000000000000");
        assertThat(envelope.has("id")).isTrue();
        assertThat(RecorderHandler.RECEIVED).contains("{\"constant\":true}");

        RecorderHandler.RECEIVED.clear();
        http.send(http.request("/v1/publish").header("x-api-key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"PASS\"}")));
        awaitReceived(1);
        Thread.sleep(300);
        assertThat(RecorderHandler.RECEIVED).as("a PASS matches only the catch-all rule").containsExactly(
                "{\"constant\":true}");
    }

    private static void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (RecorderHandler.RECEIVED.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(RecorderHandler.RECEIVED).as(LOG.toString(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(count);
    }
}
