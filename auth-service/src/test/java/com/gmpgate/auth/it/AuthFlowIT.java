package com.gmpgate.auth.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.auth.AuthorizerEvents;
import com.gmpgate.auth.api.AuthApiHandler;
import com.gmpgate.auth.authorizer.AuthorizerHandler;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auth flow through the handlers as Lambda builds them (the Env constructor local-api also uses: DynamoDB
 * adapters, the key file in the data directory, OWASP Argon2 settings) against dynalite with the tables of
 * template.yaml, and the authorizer in front as API Gateway runs it.
 */
@LocalAwsTest
class AuthFlowIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_PASSWORD = "Gate-admin-2026";

    @TempDir
    Path dataDir;
    AuthApiHandler api;
    AuthorizerHandler authorizer;
    DynamoDbUserStore users;
    final FakeLambdaContext context = new FakeLambdaContext();
    final String site = "site-" + UUID.randomUUID();

    final Map<String, String> env = new HashMap<>();
    /** Each test its own client address: the per-address throttle counts across the class's shared tables. */
    final String clientIp = "198.51.100." + (int) (Math.random() * 250);

    @BeforeEach
    void wire(LocalAwsResources aws) {
        env.putAll(aws.endpoints().dynamoDbEnvironment());
        env.put(AuthEnvironment.USERS_TABLE, aws.tableName("UsersTable"));
        env.put(AuthEnvironment.SESSIONS_TABLE, aws.tableName("SessionsTable"));
        env.put(AuthEnvironment.AUDIT_TABLE, aws.tableName("AuditTable"));
        env.put(AuthEnvironment.PASSES_TABLE, aws.tableName("PassesTable"));
        env.put(AuthEnvironment.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789");
        env.put(AuthEnvironment.DATA_DIR, dataDir.toString());
        api = new AuthApiHandler(Env.of(env));
        authorizer = new AuthorizerHandler(Env.of(env));
        users = new DynamoDbUserStore(aws.dynamoDb(), aws.tableName("UsersTable"),
                CursorCodec.ofSecret("integration-tests-cursor-secret-0123456789"));
    }

    String seed(String loginId, Role role, String siteId) {
        String hash = new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, new SecureRandom())
                .hash(ADMIN_PASSWORD);
        Instant now = Instant.now();
        User user = new User(UUID.randomUUID().toString(), siteId, loginId, "관리자", "품질보증팀", role,
                UserStatus.ACTIVE, hash, List.of(), Optional.empty(), now, now, 1);
        users.create(user);
        return user.id();
    }

    ApiResponse call(RestEvent event) throws IOException {
        return api.dispatcher().handle(event.header("x-api-key", "local-dev-key").bytes(), context);
    }

    /** Authorizer first, as API Gateway does; its context goes into the event. */
    ApiResponse authorized(RestEvent event, String token) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String method = event.node().path("httpMethod").asText();
        String path = event.node().path("path").asText();
        try {
            authorizer.handleRequest(new ByteArrayInputStream(AuthorizerEvents.request("Bearer " + token, method,
                    path)), out, context);
        } catch (AuthorizerHandler.UnauthorizedException e) {
            return new ApiResponse(401, Map.of(), "{}", false);
        }
        Map<String, String> authorizerContext = new HashMap<>();
        JSON.readTree(out.toByteArray()).get("context").fields()
                .forEachRemaining(f -> authorizerContext.put(f.getKey(), f.getValue().asText()));
        return call(event.bearer(token).authorizer(authorizerContext));
    }

    static JsonNode body(ApiResponse response) throws IOException {
        return JSON.readTree(response.body());
    }

    ApiResponse login(String loginId, String password) throws IOException {
        return call(RestEvent.post("/v1/auth/login").sourceIp(clientIp).json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}"));
    }

    @Test
    void theWholeFlow_onDynamoDbSemantics() throws IOException {
        String adminLogin = "admin-" + UUID.randomUUID();
        seed(adminLogin, Role.ADMIN, site);

        ApiResponse adminSession = login(adminLogin.toUpperCase(), ADMIN_PASSWORD);
        assertThat(adminSession.statusCode()).as(adminSession.body()).isEqualTo(200);
        String adminToken = body(adminSession).get("accessToken").asText();
        assertThat(authorized(RestEvent.get("/v1/auth/me"), adminToken).statusCode()).isEqualTo(200);

        String workerLogin = "w-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = authorized(RestEvent.post("/v1/auth/users").json("{\"loginId\":\"" + workerLogin
                + "\",\"displayName\":\"김위생\",\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\","
                + "\"department\":\"포장팀\"}"), adminToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(authorized(RestEvent.post("/v1/auth/users").json("{\"loginId\":\"" + workerLogin.toUpperCase()
                + "\",\"displayName\":\"x\",\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\"}"), adminToken)
                .statusCode()).as("login ids are unique by a conditional put").isEqualTo(409);

        ApiResponse workerSession = login(workerLogin, "Blue-gloves-77");
        assertThat(workerSession.statusCode()).isEqualTo(200);
        assertThat(body(workerSession).at("/user/displayName").asText()).isEqualTo("김위생");
        String workerToken = body(workerSession).get("accessToken").asText();
        assertThat(authorized(RestEvent.get("/v1/auth/users"), workerToken).statusCode()).isEqualTo(403);

        String first = body(workerSession).get("refreshToken").asText();
        ApiResponse rotated = call(RestEvent.post("/v1/auth/refresh").json("{\"refreshToken\":\"" + first + "\"}"));
        assertThat(rotated.statusCode()).isEqualTo(200);
        String second = body(rotated).get("refreshToken").asText();
        ApiResponse reuse = call(RestEvent.post("/v1/auth/refresh").json("{\"refreshToken\":\"" + first + "\"}"));
        assertThat(body(reuse).at("/error/code").asText()).isEqualTo("REFRESH_TOKEN_REUSED");
        ApiResponse afterReuse = call(RestEvent.post("/v1/auth/refresh")
                .json("{\"refreshToken\":\"" + second + "\"}"));
        assertThat(afterReuse.statusCode()).isEqualTo(401);

        ApiResponse page = authorized(RestEvent.get("/v1/auth/users").query("limit", "1"), adminToken);
        String cursor = body(page).get("nextCursor").asText();
        ApiResponse next = authorized(RestEvent.get("/v1/auth/users").query("limit", "1").query("cursor", cursor),
                adminToken);
        assertThat(body(page).get("items").get(0).get("loginId").asText()).isEqualTo(adminLogin);
        assertThat(body(next).get("items").get(0).get("loginId").asText()).isEqualTo(workerLogin);
    }

    @Test
    void fiveWrongPasswords_lockTheAccount() throws IOException {
        String login = "lock-" + UUID.randomUUID();
        seed(login, Role.WORKER, site);

        for (int i = 1; i <= 4; i++) {
            assertThat(login(login, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        ApiResponse fifth = login(login, "wrong-5");

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(body(fifth).at("/error/details/0/lockedUntil").asText()).isNotBlank();
        assertThat(login(login, ADMIN_PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void disablingAWorker_onDynamoDb_refusesTheirTokenAtTheAuthorizer_andRevokesTheirPass(LocalAwsResources aws)
            throws IOException {
        String adminLogin = "admin-" + UUID.randomUUID();
        seed(adminLogin, Role.ADMIN, site);
        String workerLogin = "w-" + UUID.randomUUID();
        String workerId = seed(workerLogin, Role.WORKER, site);
        String workerToken = body(login(workerLogin, ADMIN_PASSWORD)).get("accessToken").asText();
        DynamoDbPassStore passes = new DynamoDbPassStore(aws.dynamoDb(), aws.tableName("PassesTable"));
        Instant now = Instant.now();
        Pass pass = new Pass(UUID.randomUUID().toString(), site, workerId, "s-1", Verdict.PASS, List.of(), List.of(),
                "eyJ.e30.sig", now.minusSeconds(60), now.plusSeconds(12 * 3600), Optional.empty(), Optional.empty());
        passes.create(pass);
        assertThat(authorized(RestEvent.get("/v1/auth/me"), workerToken).statusCode()).isEqualTo(200);

        ApiResponse disabled = authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + workerId)
                .pathParameter("id", workerId).json("{\"status\":\"DISABLED\"}"),
                body(login(adminLogin, ADMIN_PASSWORD)).get("accessToken").asText());

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(authorized(RestEvent.get("/v1/auth/me"), workerToken).statusCode()).isEqualTo(401);
        assertThat(passes.findById(pass.id()).orElseThrow().revokedReason()).contains("USER_DISABLED");
        assertThat(passes.findCurrentForWorker(workerId, Instant.now())).isEmpty();
    }

    @Test
    void concurrentLogins_fromOneAddress_getExactlyTheThrottlesNumberPast_acrossInstances() throws Exception {
        // two handler instances, as two Lambda execution environments: the count lives in DynamoDB
        AuthApiHandler other = new AuthApiHandler(Env.of(env));
        String address = "203.0.113." + (int) (Math.random() * 250);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Callable<String>> calls = new java.util.ArrayList<>();
            int attempts = LoginThrottle.ADDRESS_LIMIT + 10;
            for (int i = 0; i < attempts; i++) {
                AuthApiHandler handler = i % 2 == 0 ? api : other;
                String loginId = "nobody-" + i + "-" + UUID.randomUUID();
                calls.add(() -> body(handler.dispatcher().handle(RestEvent.post("/v1/auth/login").sourceIp(address)
                        .header("x-api-key", "local-dev-key").json("{\"loginId\":\"" + loginId
                                + "\",\"password\":\"guess-guess\"}").bytes(), context)).at("/error/code").asText());
            }
            Map<String, Long> codes = new java.util.TreeMap<>();
            for (var result : pool.invokeAll(calls)) {
                codes.merge(result.get(), 1L, Long::sum);
            }

            assertThat(codes).isEqualTo(Map.of("INVALID_CREDENTIALS", (long) LoginThrottle.ADDRESS_LIMIT,
                    "TOO_MANY_ATTEMPTS", 10L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdminOfAnotherSite_getsNotFound() throws IOException {
        String here = "admin-" + UUID.randomUUID();
        String there = "admin-" + UUID.randomUUID();
        String targetId = seed(here, Role.ADMIN, site);
        seed(there, Role.ADMIN, "elsewhere-" + UUID.randomUUID());
        String otherToken = body(login(there, ADMIN_PASSWORD)).get("accessToken").asText();

        ApiResponse patch = authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + targetId)
                .pathParameter("id", targetId).json("{\"status\":\"DISABLED\"}"), otherToken);

        assertThat(patch.statusCode()).isEqualTo(404);
        assertThat(users.findById(targetId).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void theKeyFile_isCreatedOnce_readableByItsOwnerOnly_andSharedByBothFunctions() throws IOException {
        Path keyFile = dataDir.resolve("keys").resolve("access-token-keys.jwks.json");

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String adminLogin = "admin-" + UUID.randomUUID();
        seed(adminLogin, Role.ADMIN, site);
        String token = body(login(adminLogin, ADMIN_PASSWORD)).get("accessToken").asText();
        assertThat(authorized(RestEvent.get("/v1/auth/me"), token).statusCode()).isEqualTo(200);
    }
}
