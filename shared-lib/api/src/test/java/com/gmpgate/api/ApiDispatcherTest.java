package com.gmpgate.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.LoginIdTakenException;
import com.gmpgate.port.StoreUnavailableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiDispatcherTest {

    static final Instant NOW = Instant.parse("2025-03-01T06:00:00Z");

    static class OrderNotFoundException extends RuntimeException {
        OrderNotFoundException() {
            super("order 7 of site X not found in table gmp-orders-prod");
        }
    }

    private final FakeLambdaContext context = new FakeLambdaContext();

    private final ApiDispatcher api = ApiDispatcher.builder(Clock.fixed(NOW, ZoneOffset.UTC))
            .publicRoute("POST", "/v1/echo", request -> ApiResponse.ok(Map.of("body", request.body().orElse(""))))
            .route("GET", "/v1/me", (request, caller) -> ApiResponse.ok(caller))
            .route("GET", "/v1/admin", Role.ADMIN, (request, caller) -> ApiResponse.ok(Map.of("ok", true)))
            .publicRoute("GET", "/v1/boom", request -> {
                throw new IllegalStateException("secret table name gmp-users-prod");
            })
            .publicRoute("GET", "/v1/taken", request -> {
                throw new LoginIdTakenException("kim");
            })
            .publicRoute("GET", "/v1/cursor", request -> {
                throw new InvalidCursorException("bad");
            })
            .publicRoute("GET", "/v1/down", request -> {
                throw new StoreUnavailableException("dynamodb timed out", new IOException());
            })
            .publicRoute("GET", "/v1/orders/{id}", request -> {
                throw new OrderNotFoundException();
            })
            .on(OrderNotFoundException.class, e -> ApiException.notFound("No such order."))
            .build();

    private ApiResponse call(RestEvent event) throws IOException {
        return api.handle(event.bytes(), context);
    }

    private static JsonNode error(ApiResponse response) throws IOException {
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("error");
        assertThat(body.get("error").fieldNames()).toIterable()
                .containsExactly("code", "message", "requestId", "details");
        return body.get("error");
    }

    @Test
    void handle_routesByResourceAndMethod() throws IOException {
        ApiResponse response = call(RestEvent.post("/v1/echo").json("{\"a\":\"가\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).get("body").asText()).isEqualTo("{\"a\":\"가\"}");
        assertThat(response.headers()).containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Content-Type-Options", "nosniff").doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void handle_answers404ForUnknownRoutes_and405WithAllowForOtherMethods() throws IOException {
        ApiResponse unknown = call(RestEvent.get("/v1/nothing"));
        ApiResponse wrongMethod = call(RestEvent.request("DELETE", "/v1/echo", "/v1/echo"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers()).containsEntry("Allow", "POST");
    }

    @Test
    void callerRoutes_readTheCallerFromTheAuthorizerContext() throws IOException {
        ApiResponse response = call(RestEvent.get("/v1/me").caller("u-1", "WORKER", "site-1"));

        assertThat(Json.mapper().readTree(response.body()).toString())
                .isEqualTo("{\"userId\":\"u-1\",\"role\":\"WORKER\",\"siteId\":\"site-1\"}");
    }

    @Test
    void callerRoutes_answer401WithoutAnAuthorizerContext() throws IOException {
        ApiResponse response = call(RestEvent.get("/v1/me"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers()).containsEntry("WWW-Authenticate", "Bearer");
        assertThat(error(response).get("code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void callerRoutes_answer401WhenACachedDecisionOutlivedTheToken() throws IOException {
        Map<String, String> expired = Map.of("userId", "u-1", "role", "WORKER", "siteId", "site-1",
                "exp", Long.toString(NOW.getEpochSecond()));
        Map<String, String> valid = Map.of("userId", "u-1", "role", "WORKER", "siteId", "site-1",
                "exp", Long.toString(NOW.getEpochSecond() + 60));

        assertThat(call(RestEvent.get("/v1/me").authorizer(expired)).statusCode()).isEqualTo(401);
        assertThat(call(RestEvent.get("/v1/me").authorizer(valid)).statusCode()).isEqualTo(200);
    }

    @Test
    void callerRoutes_answer401ForAnUnknownRole() throws IOException {
        assertThat(call(RestEvent.get("/v1/me").caller("u-1", "ROOT", "site-1")).statusCode()).isEqualTo(401);
    }

    @Test
    void roleRoutes_answer403ToOtherRoles() throws IOException {
        ApiResponse worker = call(RestEvent.get("/v1/admin").caller("u-1", "WORKER", "site-1"));
        ApiResponse admin = call(RestEvent.get("/v1/admin").caller("u-2", "ADMIN", "site-1"));

        assertThat(worker.statusCode()).isEqualTo(403);
        assertThat(error(worker).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void unexpectedExceptions_become500ShowingOnlyTheRequestId_andAreLogged() throws IOException {
        ApiResponse response = call(RestEvent.get("/v1/boom").requestId("req-123"));

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = error(response);
        assertThat(error.get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(error.get("requestId").asText()).isEqualTo("req-123");
        assertThat(response.body()).doesNotContain("secret", "gmp-users-prod", "IllegalState", "at com.");
        assertThat(context.logged()).anySatisfy(line -> assertThat(line)
                .contains("req-123", "secret table name gmp-users-prod", "IllegalStateException"));
    }

    @Test
    void storeExceptions_mapToTheirReplies() throws IOException {
        ApiResponse taken = call(RestEvent.get("/v1/taken"));
        ApiResponse cursor = call(RestEvent.get("/v1/cursor"));
        ApiResponse down = call(RestEvent.get("/v1/down"));

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(error(taken).get("code").asText()).isEqualTo("LOGIN_ID_TAKEN");
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(error(cursor).get("code").asText()).isEqualTo("INVALID_CURSOR");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers()).containsEntry("Retry-After", "2");
        assertThat(down.body()).doesNotContain("dynamodb");
        assertThat(context.logged()).anySatisfy(line -> assertThat(line).contains("dynamodb timed out"));
    }

    @Test
    void serviceMappings_turnDomainExceptionsInto4xx_withoutTheirMessage() throws IOException {
        ApiResponse response = call(RestEvent.get("/v1/orders/{id}", "/v1/orders/7").pathParameter("id", "7"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response).get("message").asText()).isEqualTo("No such order.");
        assertThat(context.logged()).isEmpty();
    }

    @Test
    void anOversizedOrOddPathId_is400NamingIt_beforeTheRouteRuns() throws IOException {
        String huge = "a".repeat(3000);
        ApiResponse tooLong = call(RestEvent.get("/v1/orders/{id}", "/v1/orders/" + huge).pathParameter("id", huge));
        ApiResponse odd = call(RestEvent.get("/v1/orders/{id}", "/v1/orders/a%2Fb").pathParameter("id", "a/b"));
        ApiResponse longest = call(RestEvent.get("/v1/orders/{id}", "/v1/orders/x").pathParameter("id",
                "u".repeat(Identifiers.MAX_ID_LENGTH)));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(error(tooLong).get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(error(tooLong).at("/details/0/field").asText()).isEqualTo("id");
        assertThat(error(tooLong).at("/details/0/code").asText()).isEqualTo("TOO_LONG");
        assertThat(error(odd).at("/details/0/code").asText()).isEqualTo("INVALID");
        assertThat(longest.statusCode()).as("an id at the bound reaches the route").isEqualTo(404);
        assertThat(context.logged()).isEmpty();
    }

    @Test
    void anOversizedQueryValue_orOneWithControlCharacters_is400_beforeTheRouteRuns() throws IOException {
        ApiResponse tooLong = call(RestEvent.get("/v1/cursor").query("cursor", "c".repeat(3000)));
        ApiResponse control = call(RestEvent.get("/v1/cursor").query("q", "a\u0000b"));
        ApiResponse fine = call(RestEvent.get("/v1/cursor").query("cursor", "c".repeat(Identifiers.MAX_QUERY_VALUE)));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(error(tooLong).get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(error(tooLong).at("/details/0/field").asText()).isEqualTo("cursor");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(error(fine).get("code").asText()).as("within the bound the route runs").isEqualTo("INVALID_CURSOR");
    }

    @Test
    void queryId_readsAnIdentifier_andRefusesAnythingElse() throws IOException {
        ApiRequest request = ApiEvents.read(new java.io.ByteArrayInputStream(RestEvent.get("/v1/x")
                .query("workerId", "w-1").query("other", "w 1").query("blank", " ").bytes()), "r");

        assertThat(request.queryId("workerId")).contains("w-1");
        assertThat(request.queryId("blank")).isEmpty();
        assertThat(request.queryId("missing")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> request.queryId("other"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anUnreadableEvent_getsA500Envelope() throws IOException {
        ApiResponse response = api.handle("not json".getBytes(), context);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(error(response).get("requestId").asText()).isEqualTo(context.getAwsRequestId());
    }

    @Test
    void cors_addsHeadersAndAnswersPreflight_onlyWhenAnOriginIsConfigured() throws IOException {
        ApiDispatcher cors = ApiDispatcher.builder(Clock.systemUTC())
                .publicRoute("POST", "/v1/echo", request -> ApiResponse.noContent())
                .cors(CorsPolicy.from(Env.of(Map.of(Env.CORS_ALLOW_ORIGIN, "https://gate.example.com"))))
                .build();

        ApiResponse preflight = cors.handle(RestEvent.request("OPTIONS", "/v1/echo", "/v1/echo").bytes(), context);
        ApiResponse post = cors.handle(RestEvent.post("/v1/echo").bytes(), context);

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers()).containsEntry("Access-Control-Allow-Origin", "https://gate.example.com");
        assertThat(post.headers()).containsEntry("Access-Control-Allow-Origin", "https://gate.example.com")
                .containsKey("Access-Control-Allow-Headers");
    }

    @Test
    void paging_readsCursorAndLimit_andRefusesBadLimits() throws IOException {
        ApiRequest ok = ApiEvents.read(new java.io.ByteArrayInputStream(RestEvent.get("/v1/x")
                .query("limit", "20").query("cursor", "abc").bytes()), "r");
        ApiRequest bad = ApiEvents.read(new java.io.ByteArrayInputStream(RestEvent.get("/v1/x")
                .query("limit", "1000").bytes()), "r");

        assertThat(Paging.from(ok).limit()).isEqualTo(20);
        assertThat(Paging.from(ok).cursor()).contains("abc");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Paging.from(bad))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                        .extracting("field").containsExactly("limit"));
    }

    @Test
    void env_namesTheMissingVariable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Env.of(Map.of()).required("GMP_USERS_TABLE"))
                .hasMessageContaining("GMP_USERS_TABLE");
    }
}
