package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static com.gmpgate.auth.AuthTestKit.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthApiHandlerTest {

    static final String ADMIN_PASSWORD = "Gate-admin-2026";
    static final String WORKER_PASSWORD = "Hands-washed-42";

    AuthTestKit kit;
    User admin;
    User worker;
    User otherSiteAdmin;

    @BeforeEach
    void seed() {
        kit = new AuthTestKit();
        admin = kit.user("admin", ADMIN_PASSWORD, Role.ADMIN, "demo-site", "관리자");
        worker = kit.user("worker1", WORKER_PASSWORD, Role.WORKER, "demo-site", "김위생");
        otherSiteAdmin = kit.user("admin-b", ADMIN_PASSWORD, Role.ADMIN, "other-site", "다른공장관리자");
    }

    ApiResponse login(String loginId, String password) {
        return kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}"));
    }

    String accessToken(String loginId, String password) {
        ApiResponse response = login(loginId, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).get("accessToken").asText();
    }

    @Nested
    class Login {

        @Test
        void login_returnsTokensAndTheUser_asTheContractSays() {
            ApiResponse response = login("worker1", WORKER_PASSWORD);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
            JsonNode body = body(response);
            assertThat(body.get("accessToken").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            assertThat(body.get("refreshToken").asText()).matches("[\\w-]{43}");
            assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
            assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
            JsonNode user = body.get("user");
            assertThat(user.get("id").asText()).isEqualTo(worker.id());
            assertThat(user.get("loginId").asText()).isEqualTo("worker1");
            assertThat(user.get("displayName").asText()).isEqualTo("김위생");
            assertThat(user.get("role").asText()).isEqualTo("WORKER");
            assertThat(user.get("siteId").asText()).isEqualTo("demo-site");
            assertThat(user.get("department").asText()).isEqualTo("생산1팀");
            assertThat(response.body()).doesNotContain("argon2", "passwordHash");
        }

        @Test
        void login_ignoresTheCaseOfTheLoginId() {
            assertThat(login("  Worker1 ", WORKER_PASSWORD).statusCode()).isEqualTo(200);
        }

        @Test
        void unknownLoginIdAndWrongPassword_getTheSameReply() {
            ApiResponse unknown = login("nobody", WORKER_PASSWORD);
            ApiResponse wrong = login("worker1", "not-the-password");

            assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
            assertThat(code(unknown)).isEqualTo("INVALID_CREDENTIALS").isEqualTo(code(wrong));
            assertThat(body(unknown).path("error").path("message"))
                    .isEqualTo(body(wrong).path("error").path("message"));
        }

        @Test
        void fiveFailuresWithinTheWindow_lockTheAccount_andTheReplySaysUntilWhen() {
            for (int i = 1; i <= 4; i++) {
                kit.clock.advance(Duration.ofMinutes(2));
                assertThat(code(login("worker1", "wrong-" + i))).isEqualTo("INVALID_CREDENTIALS");
            }
            kit.clock.advance(Duration.ofMinutes(2));

            ApiResponse fifth = login("worker1", "wrong-5");
            ApiResponse rightPasswordWhileLocked = login("worker1", WORKER_PASSWORD);

            // fixed 15-minute windows: START (06:00) begins one, so the fifth failure at 06:10 locks until 06:15
            String until = AuthTestKit.START.plus(Duration.ofMinutes(15)).toString();
            assertThat(fifth.statusCode()).isEqualTo(429);
            assertThat(code(fifth)).isEqualTo("ACCOUNT_LOCKED");
            assertThat(fifth.headers()).containsEntry("Retry-After", "300");
            JsonNode detail = body(fifth).path("error").path("details").get(0);
            assertThat(detail.get("lockedUntil").asText()).isEqualTo(until);
            assertThat(detail.get("retryAfterSeconds").asLong()).isEqualTo(300);
            assertThat(body(fifth).path("error").path("message").asText()).contains("locked", until);
            assertThat(detail.at("/message/ko").asText()).contains("잠겼습니다", until);
            assertThat(detail.at("/message/en").asText()).contains("locked until " + until);
            assertThat(code(rightPasswordWhileLocked)).isEqualTo("ACCOUNT_LOCKED");

            kit.clock.advance(Duration.ofMinutes(5));
            assertThat(login("worker1", WORKER_PASSWORD).statusCode()).isEqualTo(200);
        }

        @Test
        void failuresOlderThanTheWindow_doNotCount() {
            for (int i = 1; i <= 4; i++) {
                login("worker1", "wrong-" + i);
            }
            kit.clock.advance(Duration.ofMinutes(16));

            assertThat(code(login("worker1", "wrong-5"))).isEqualTo("INVALID_CREDENTIALS");
        }

        @Test
        void aGoodLogin_forgetsEarlierFailures() {
            for (int i = 1; i <= 4; i++) {
                login("worker1", "wrong-" + i);
            }
            login("worker1", WORKER_PASSWORD);

            for (int i = 5; i <= 8; i++) {
                assertThat(code(login("worker1", "wrong-" + i))).isEqualTo("INVALID_CREDENTIALS");
            }
        }

        @Test
        void aDisabledUser_cannotLogIn_andIsToldSoOnlyWithTheRightPassword() {
            kit.call(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + worker.id())
                    .pathParameter("id", worker.id()).json("{\"status\":\"DISABLED\"}")
                    .caller(admin.id(), "ADMIN", "demo-site"));

            assertThat(code(login("worker1", "wrong-password"))).isEqualTo("INVALID_CREDENTIALS");
            ApiResponse right = login("worker1", WORKER_PASSWORD);
            assertThat(right.statusCode()).isEqualTo(403);
            assertThat(code(right)).isEqualTo("ACCOUNT_DISABLED");
        }

        @Test
        void aBodyWithUnknownFieldsOrWrongTypes_isA400NamingTheField() {
            ApiResponse extra = kit.call(RestEvent.post("/v1/auth/login")
                    .json("{\"loginId\":\"worker1\",\"password\":\"x\",\"role\":\"ADMIN\"}"));
            ApiResponse number = kit.call(RestEvent.post("/v1/auth/login")
                    .json("{\"loginId\":12345,\"password\":\"x\"}"));
            ApiResponse missing = kit.call(RestEvent.post("/v1/auth/login").json("{\"loginId\":\"worker1\"}"));

            assertThat(extra.statusCode()).isEqualTo(400);
            assertThat(body(extra).at("/error/details/0/field").asText()).isEqualTo("role");
            assertThat(body(extra).at("/error/details/0/code").asText()).isEqualTo("UNKNOWN_FIELD");
            assertThat(body(number).at("/error/details/0/field").asText()).isEqualTo("loginId");
            assertThat(body(missing).at("/error/details/0/code").asText()).isEqualTo("REQUIRED");
        }
    }

    @Nested
    class Me {

        @Test
        void me_returnsTheCallerThroughTheAuthorizer() {
            String token = accessToken("worker1", WORKER_PASSWORD);

            ApiResponse me = kit.authorized(RestEvent.get("/v1/auth/me"), token);

            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(body(me).get("id").asText()).isEqualTo(worker.id());
            assertThat(body(me).get("displayName").asText()).isEqualTo("김위생");
        }

        @Test
        void me_withoutTheAuthorizerContext_is401() {
            assertThat(kit.call(RestEvent.get("/v1/auth/me")).statusCode()).isEqualTo(401);
        }

        @Test
        void anAccessTokenStopsWorkingAfter15Minutes() {
            String token = accessToken("worker1", WORKER_PASSWORD);
            kit.clock.advance(Duration.ofMinutes(15).plusSeconds(11));

            assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), token).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Refresh {

        String refreshToken(ApiResponse response) {
            return body(response).get("refreshToken").asText();
        }

        ApiResponse refresh(String token) {
            return kit.call(RestEvent.post("/v1/auth/refresh").json("{\"refreshToken\":\"" + token + "\"}"));
        }

        @Test
        void refresh_rotatesTheToken_andReturnsTheLoginShape() {
            String first = refreshToken(login("worker1", WORKER_PASSWORD));
            kit.clock.advance(Duration.ofMinutes(20));

            ApiResponse response = refresh(first);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(refreshToken(response)).isNotEqualTo(first);
            assertThat(body(response).get("user").get("id").asText()).isEqualTo(worker.id());
            assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), body(response).get("accessToken").asText())
                    .statusCode()).isEqualTo(200);
        }

        @Test
        void reusingASpentToken_revokesTheWholeFamily() {
            String first = refreshToken(login("worker1", WORKER_PASSWORD));
            String second = refreshToken(refresh(first));

            ApiResponse reuse = refresh(first);
            ApiResponse afterReuse = refresh(second);

            assertThat(reuse.statusCode()).isEqualTo(401);
            assertThat(code(reuse)).isEqualTo("REFRESH_TOKEN_REUSED");
            assertThat(afterReuse.statusCode()).isEqualTo(401);
            assertThat(code(afterReuse)).isEqualTo("INVALID_REFRESH_TOKEN");
        }

        @Test
        void reuseRevokesOnlyThatFamily_notTheUsersOtherLogins() {
            String phone = refreshToken(login("worker1", WORKER_PASSWORD));
            String tablet = refreshToken(login("worker1", WORKER_PASSWORD));
            refresh(phone);
            refresh(phone);

            assertThat(refresh(tablet).statusCode()).isEqualTo(200);
        }

        @Test
        void concurrentUsesOfOneToken_haveOneWinnerAtMost() throws Exception {
            String token = refreshToken(login("worker1", WORKER_PASSWORD));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> refresh(token)));
            }
            int ok = 0;
            for (var result : results) {
                ok += result.get().statusCode() == 200 ? 1 : 0;
            }
            pool.shutdown();

            assertThat(ok).isLessThanOrEqualTo(1);
            assertThat(kit.sessions.all()).allSatisfy(session -> assertThat(session.revokedAt()).isPresent());
        }

        @Test
        void aWorkersRefreshTokenLasts30Days_anAdminsOneShift_withoutSliding() {
            String workerToken = refreshToken(login("worker1", WORKER_PASSWORD));
            String adminToken = refreshToken(login("admin", ADMIN_PASSWORD));
            kit.clock.advance(Duration.ofHours(11));
            adminToken = refreshToken(refresh(adminToken));
            kit.clock.advance(Duration.ofHours(1));

            assertThat(code(refresh(adminToken))).isEqualTo("INVALID_REFRESH_TOKEN");
            kit.clock.advance(Duration.ofDays(29).plusHours(11));
            workerToken = refreshToken(refresh(workerToken));
            kit.clock.advance(Duration.ofHours(2));
            assertThat(code(refresh(workerToken))).isEqualTo("INVALID_REFRESH_TOKEN");
        }

        @Test
        void aDisabledUser_cannotRefresh() {
            String token = refreshToken(login("worker1", WORKER_PASSWORD));
            kit.call(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + worker.id())
                    .pathParameter("id", worker.id()).json("{\"status\":\"DISABLED\"}")
                    .caller(admin.id(), "ADMIN", "demo-site"));

            assertThat(code(refresh(token))).isEqualTo("INVALID_REFRESH_TOKEN");
        }

        @Test
        void aPasswordReset_endsTheUsersSessions() {
            String token = refreshToken(login("worker1", WORKER_PASSWORD));
            kit.call(RestEvent.post("/v1/auth/users/{id}/password-reset", "/v1/auth/users/" + worker.id()
                    + "/password-reset").pathParameter("id", worker.id()).caller(admin.id(), "ADMIN", "demo-site"));

            assertThat(code(refresh(token))).isEqualTo("INVALID_REFRESH_TOKEN");
        }

        @Test
        void logout_endsTheFamily_andTheAccessTokenAtOnce() {
            ApiResponse session = login("worker1", WORKER_PASSWORD);
            String access = body(session).get("accessToken").asText();
            String refreshToken = refreshToken(session);

            RestEvent logout = RestEvent.post("/v1/auth/logout").json("{\"refreshToken\":\"" + refreshToken + "\"}");
            assertThat(kit.authorized(logout, access).statusCode()).isEqualTo(204);
            assertThat(code(refresh(refreshToken))).isEqualTo("INVALID_REFRESH_TOKEN");
            assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), access).statusCode())
                    .as("the logged-out access token, well within its 15 minutes").isEqualTo(401);
        }

        @Test
        void logout_cannotEndSomeoneElsesSession() {
            String workersRefresh = refreshToken(login("worker1", WORKER_PASSWORD));
            String adminAccess = accessToken("admin", ADMIN_PASSWORD);

            kit.authorized(RestEvent.post("/v1/auth/logout")
                    .json("{\"refreshToken\":\"" + workersRefresh + "\"}"), adminAccess);

            assertThat(refresh(workersRefresh).statusCode()).isEqualTo(200);
        }

        @Test
        void garbageTokens_are401() {
            assertThat(code(refresh("not-a-token"))).isEqualTo("INVALID_REFRESH_TOKEN");
            assertThat(code(refresh("A".repeat(43)))).isEqualTo("INVALID_REFRESH_TOKEN");
        }
    }

    @Nested
    class UserAdministration {

        String adminToken;

        @BeforeEach
        void signIn() {
            adminToken = accessToken("admin", ADMIN_PASSWORD);
        }

        ApiResponse create(String token, String json) {
            return kit.authorized(RestEvent.post("/v1/auth/users").json(json), token);
        }

        @Test
        void anAdmin_createsAUserOnTheirOwnSite_withAKoreanName() {
            ApiResponse created = create(adminToken, "{\"loginId\":\"park.jimin\",\"displayName\":\"박지민\","
                    + "\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\",\"department\":\"포장팀\"}");

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode user = body(created);
            assertThat(user.get("displayName").asText()).isEqualTo("박지민");
            assertThat(user.get("department").asText()).isEqualTo("포장팀");
            assertThat(user.get("siteId").asText()).isEqualTo("demo-site");
            assertThat(user.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(created.headers()).containsEntry("Location", "/v1/auth/users/" + user.get("id").asText());
            assertThat(created.body()).doesNotContain("Blue-gloves-77", "argon2");
            assertThat(login("park.jimin", "Blue-gloves-77").statusCode()).isEqualTo(200);
        }

        @Test
        void koreanLoginIdsAndNames_roundTrip_evenWhenSentDecomposed() {
            String decomposedName = java.text.Normalizer.normalize("홍길동", java.text.Normalizer.Form.NFD);
            ApiResponse created = create(adminToken, "{\"loginId\":\"홍길동\",\"displayName\":\"" + decomposedName
                    + "\",\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\",\"department\":\"품질\"}");

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(body(created).get("displayName").asText()).isEqualTo("홍길동");
            ApiResponse session = login(java.text.Normalizer.normalize("홍길동", java.text.Normalizer.Form.NFD),
                    "Blue-gloves-77");
            assertThat(session.statusCode()).isEqualTo(200);
            assertThat(body(session).at("/user/displayName").asText()).isEqualTo("홍길동");
        }

        @Test
        void loginIdsAreUnique_acrossSites_ignoringCase() {
            ApiResponse taken = create(adminToken, "{\"loginId\":\"ADMIN-B\",\"displayName\":\"x\","
                    + "\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\"}");

            ApiResponse ownSite = create(adminToken, "{\"loginId\":\"Worker1\",\"displayName\":\"x\","
                    + "\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\"}");

            assertThat(taken.statusCode()).isEqualTo(409);
            assertThat(code(taken)).isEqualTo("LOGIN_ID_UNAVAILABLE");
            // another site's id and one of the admin's own answer alike: nothing says where or whose
            assertThat(body(taken).at("/error/message")).isEqualTo(body(ownSite).at("/error/message"));
            assertThat(ownSite.statusCode()).isEqualTo(409);
            assertThat(taken.body()).doesNotContain("other-site", "admin-b", otherSiteAdmin.id());
        }

        @Test
        void weakPasswords_areRefused_sayingWhy() {
            ApiResponse common = create(adminToken, "{\"loginId\":\"lee\",\"displayName\":\"이\","
                    + "\"password\":\"Password123!\",\"role\":\"WORKER\"}");
            ApiResponse sameAsId = create(adminToken, "{\"loginId\":\"lee.sunshin\",\"displayName\":\"이\","
                    + "\"password\":\"LEE.SUNSHIN\",\"role\":\"WORKER\"}");
            ApiResponse shortOne = create(adminToken, "{\"loginId\":\"lee\",\"displayName\":\"이\","
                    + "\"password\":\"x7#Kq\",\"role\":\"WORKER\"}");

            assertThat(body(common).at("/error/details/0/code").asText()).isEqualTo("PASSWORD_COMMON");
            assertThat(body(sameAsId).at("/error/details/0/code").asText()).isEqualTo("PASSWORD_SAME_AS_LOGIN_ID");
            assertThat(body(shortOne).at("/error/details/0/code").asText()).isEqualTo("PASSWORD_TOO_SHORT");
            assertThat(body(shortOne).at("/error/details/0/field").asText()).isEqualTo("password");
        }

        @Test
        void list_pagesThroughTheAdminsSiteOnly() {
            for (int i = 0; i < 3; i++) {
                kit.user("w" + i, WORKER_PASSWORD, Role.WORKER, "demo-site", "작업자" + i);
            }
            ApiResponse first = kit.authorized(RestEvent.get("/v1/auth/users").query("limit", "2"), adminToken);
            String cursor = body(first).get("nextCursor").asText();
            ApiResponse rest = kit.authorized(RestEvent.get("/v1/auth/users").query("limit", "2")
                    .query("cursor", cursor), adminToken);
            ApiResponse last = kit.authorized(RestEvent.get("/v1/auth/users").query("limit", "2")
                    .query("cursor", body(rest).get("nextCursor").asText()), adminToken);

            List<String> ids = new ArrayList<>();
            for (ApiResponse page : List.of(first, rest, last)) {
                body(page).get("items").forEach(item -> ids.add(item.get("loginId").asText()));
            }
            assertThat(ids).containsExactly("admin", "w0", "w1", "w2", "worker1");
            assertThat(body(last).has("nextCursor")).isFalse();
            assertThat(first.body()).doesNotContain("admin-b", "argon2");
        }

        @Test
        void aCursorFromAnotherSite_isRefused() {
            kit.user("b1", WORKER_PASSWORD, Role.WORKER, "other-site", "b1");
            String otherToken = accessToken("admin-b", ADMIN_PASSWORD);
            String otherCursor = body(kit.authorized(RestEvent.get("/v1/auth/users").query("limit", "1"),
                    otherToken)).get("nextCursor").asText();

            ApiResponse response = kit.authorized(RestEvent.get("/v1/auth/users").query("cursor", otherCursor),
                    adminToken);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("INVALID_CURSOR");
        }

        @Test
        void update_changesNameDepartmentRoleAndStatus() {
            ApiResponse updated = kit.authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/"
                    + worker.id()).pathParameter("id", worker.id()).json("{\"displayName\":\"김청결\","
                    + "\"department\":\"위생관리팀\",\"role\":\"ADMIN\"}"), adminToken);

            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(body(updated).get("displayName").asText()).isEqualTo("김청결");
            assertThat(body(updated).get("department").asText()).isEqualTo("위생관리팀");
            assertThat(body(updated).get("role").asText()).isEqualTo("ADMIN");
            assertThat(kit.users.findById(worker.id()).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        void anEmptyPatch_isA400() {
            ApiResponse response = kit.authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/"
                    + worker.id()).pathParameter("id", worker.id()).json("{}"), adminToken);

            assertThat(code(response)).isEqualTo("VALIDATION_FAILED");
        }

        @Test
        void anAdmin_cannotDisableOrDemoteThemselves() {
            ApiResponse response = kit.authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/"
                    + admin.id()).pathParameter("id", admin.id()).json("{\"role\":\"WORKER\"}"), adminToken);

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(code(response)).isEqualTo("OWN_ACCOUNT");
        }

        @Test
        void passwordReset_returnsATemporaryPasswordOnce_thatWorks_andLiftsALock() {
            for (int i = 0; i < 5; i++) {
                login("worker1", "wrong-" + i);
            }
            ApiResponse reset = kit.authorized(RestEvent.post("/v1/auth/users/{id}/password-reset",
                    "/v1/auth/users/" + worker.id() + "/password-reset").pathParameter("id", worker.id()),
                    adminToken);

            assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
            String temporary = body(reset).get("temporaryPassword").asText();
            assertThat(temporary).hasSize(14).doesNotContainPattern("[0O1lI]");
            assertThat(login("worker1", WORKER_PASSWORD).statusCode()).isEqualTo(401);
            assertThat(login("worker1", temporary).statusCode()).isEqualTo(200);
        }

        @Test
        void passwordReset_refusesABodyWithFields() {
            ApiResponse response = kit.authorized(RestEvent.post("/v1/auth/users/{id}/password-reset",
                    "/v1/auth/users/" + worker.id() + "/password-reset").pathParameter("id", worker.id())
                    .json("{\"password\":\"mine\"}"), adminToken);

            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Authorization {

        @Test
        void aWorker_getsA403OnEveryAdminRoute() {
            String token = accessToken("worker1", WORKER_PASSWORD);
            String id = admin.id();
            List<RestEvent> adminRoutes = List.of(
                    RestEvent.get("/v1/auth/users"),
                    RestEvent.post("/v1/auth/users").json("{\"loginId\":\"x\",\"displayName\":\"x\","
                            + "\"password\":\"Blue-gloves-77\",\"role\":\"ADMIN\"}"),
                    RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + id).pathParameter("id", id)
                            .json("{\"role\":\"WORKER\"}"),
                    RestEvent.post("/v1/auth/users/{id}/password-reset", "/v1/auth/users/" + id
                            + "/password-reset").pathParameter("id", id));

            for (RestEvent route : adminRoutes) {
                ApiResponse response = kit.authorized(route, token);
                assertThat(response.statusCode()).as(route.node().path("resource").asText()).isEqualTo(403);
                assertThat(code(response)).isEqualTo("FORBIDDEN");
            }
            assertThat(kit.users.findById(id).orElseThrow().role()).isEqualTo(Role.ADMIN);
        }

        @Test
        void anAdminOfAnotherSite_cannotSeeOrChangeThisSitesUsers() {
            String otherToken = accessToken("admin-b", ADMIN_PASSWORD);
            String id = worker.id();

            ApiResponse list = kit.authorized(RestEvent.get("/v1/auth/users"), otherToken);
            ApiResponse patch = kit.authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + id)
                    .pathParameter("id", id).json("{\"status\":\"DISABLED\"}"), otherToken);
            ApiResponse reset = kit.authorized(RestEvent.post("/v1/auth/users/{id}/password-reset",
                    "/v1/auth/users/" + id + "/password-reset").pathParameter("id", id), otherToken);
            ApiResponse nonexistent = kit.authorized(RestEvent.patch("/v1/auth/users/{id}",
                    "/v1/auth/users/no-such-id").pathParameter("id", "no-such-id")
                    .json("{\"status\":\"DISABLED\"}"), otherToken);

            assertThat(body(list).get("items")).extracting(item -> item.get("siteId").asText())
                    .containsOnly("other-site");
            assertThat(patch.statusCode()).isEqualTo(404);
            assertThat(reset.statusCode()).isEqualTo(404);
            // the same reply as for an id that does not exist at all: nothing to learn
            assertThat(body(patch).path("error").path("code")).isEqualTo(body(nonexistent).path("error").path("code"));
            User unchanged = kit.users.findById(id).orElseThrow();
            assertThat(unchanged.status().name()).isEqualTo("ACTIVE");
            assertThat(unchanged.version()).isEqualTo(1);
        }

        @Test
        void storageOutages_are503_withoutInternals() {
            kit.users.simulateOutage(true);

            ApiResponse response = login("worker1", WORKER_PASSWORD);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("simulated", "connection refused");
        }
    }
}
