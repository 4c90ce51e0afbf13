package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: logout, disabling, a password reset and a role change take effect at once, well within an access
 * token's 15 minutes — the old token is refused by the authorizer, the user's passes are revoked, and an admin
 * write re-reads the stored role even when it gets past the authorizer with an old decision.
 */
class UserDecisionsTest {

    static final String ADMIN_PASSWORD = "Gate-admin-2026";
    static final String WORKER_PASSWORD = "Hands-washed-42";

    final AuthTestKit kit = new AuthTestKit();
    final User admin = kit.user("admin", ADMIN_PASSWORD, Role.ADMIN, "demo-site", "관리자");
    final User secondAdmin = kit.user("admin2", ADMIN_PASSWORD, Role.ADMIN, "demo-site", "부관리자");
    final User worker = kit.user("worker1", WORKER_PASSWORD, Role.WORKER, "demo-site", "김위생");
    final TestPasses passes = new TestPasses(kit.passes);

    String accessToken(String loginId, String password) {
        ApiResponse response = kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).get("accessToken").asText();
    }

    ApiResponse patch(User user, String json, String token) {
        return kit.authorized(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + user.id())
                .pathParameter("id", user.id()).json(json), token);
    }

    ApiResponse me(String token) {
        return kit.authorized(RestEvent.get("/v1/auth/me"), token);
    }

    @Test
    void disablingAWorker_endsTheirAccessTokenAtOnce_andRevokesTheirValidPasses() {
        String workerToken = accessToken("worker1", WORKER_PASSWORD);
        var todays = passes.forWorker(worker.id()).issue();
        var colleagues = passes.forWorker(secondAdmin.id()).issue();
        assertThat(me(workerToken).statusCode()).isEqualTo(200);

        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(patch(worker, "{\"status\":\"DISABLED\"}", accessToken("admin", ADMIN_PASSWORD)).statusCode())
                .isEqualTo(200);

        assertThat(me(workerToken).statusCode()).as("14 minutes before it expires").isEqualTo(401);
        assertThat(kit.passes.findById(todays.id()).orElseThrow().revokedReason()).contains("USER_DISABLED");
        assertThat(kit.passes.findById(colleagues.id()).orElseThrow().revokedAt()).isEmpty();
        assertThat(kit.passes.findCurrentForWorker(worker.id(), kit.clock.instant())).isEmpty();
    }

    @Test
    void aPasswordReset_endsTheOldAccessToken_andRevokesThePasses() {
        String workerToken = accessToken("worker1", WORKER_PASSWORD);
        var todays = passes.forWorker(worker.id()).issue();

        ApiResponse reset = kit.authorized(RestEvent.post("/v1/auth/users/{id}/password-reset",
                "/v1/auth/users/" + worker.id() + "/password-reset").pathParameter("id", worker.id()),
                accessToken("admin", ADMIN_PASSWORD));

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(me(workerToken).statusCode()).isEqualTo(401);
        assertThat(kit.passes.findById(todays.id()).orElseThrow().revokedReason()).contains("PASSWORD_RESET");
    }

    @Test
    void aDemotedAdmin_cannotCreateAnAdmin_withTheTokenFromBefore() {
        String demotedToken = accessToken("admin2", ADMIN_PASSWORD);

        assertThat(patch(secondAdmin, "{\"role\":\"WORKER\"}", accessToken("admin", ADMIN_PASSWORD)).statusCode())
                .isEqualTo(200);
        ApiResponse create = kit.authorized(RestEvent.post("/v1/auth/users").json(newAdmin("sneaky-admin")),
                demotedToken);

        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(kit.users.findByLoginId("sneaky-admin")).isEmpty();
    }

    @Test
    void anAdminWrite_reReadsTheStoredRole_evenPastTheAuthorizerWithAStaleDecision() {
        // what a cached Allow (or any stale context) would hand the handler: ADMIN, from before the demotion
        Map<String, String> before = kit.authorize(accessToken("admin2", ADMIN_PASSWORD), "POST", "/v1/auth/users");
        patch(secondAdmin, "{\"role\":\"WORKER\"}", accessToken("admin", ADMIN_PASSWORD));

        ApiResponse create = kit.call(RestEvent.post("/v1/auth/users").json(newAdmin("sneaky-admin"))
                .authorizer(before));
        ApiResponse disable = kit.call(RestEvent.patch("/v1/auth/users/{id}", "/v1/auth/users/" + admin.id())
                .pathParameter("id", admin.id()).json("{\"status\":\"DISABLED\"}").authorizer(before));

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(body(create).at("/error/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(disable.statusCode()).isEqualTo(403);
        assertThat(kit.users.findByLoginId("sneaky-admin")).isEmpty();
        assertThat(kit.users.findById(admin.id()).orElseThrow().status().name()).isEqualTo("ACTIVE");
    }

    @Test
    void aRoleChange_revokesThePassesOfTheOldRole() {
        var todays = passes.forWorker(worker.id()).issue();

        patch(worker, "{\"role\":\"ADMIN\"}", accessToken("admin", ADMIN_PASSWORD));

        assertThat(kit.passes.findById(todays.id()).orElseThrow().revokedReason()).contains("ROLE_CHANGED");
    }

    @Test
    void aNewNameOrDepartment_endsNothing() {
        String workerToken = accessToken("worker1", WORKER_PASSWORD);
        var todays = passes.forWorker(worker.id()).issue();

        patch(worker, "{\"displayName\":\"김위생2\",\"department\":\"포장팀\"}", accessToken("admin", ADMIN_PASSWORD));

        assertThat(me(workerToken).statusCode()).isEqualTo(200);
        assertThat(kit.passes.findById(todays.id()).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void logout_endsTheAccessToken_andTheOtherDeviceCarriesOnByRefreshing() {
        ApiResponse phone = kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"worker1\",\"password\":\"" + WORKER_PASSWORD + "\"}"));
        String tabletAccess = accessToken("worker1", WORKER_PASSWORD);
        String phoneRefresh = body(phone).get("refreshToken").asText();

        kit.authorized(RestEvent.post("/v1/auth/logout").json("{}"), tabletAccess);

        assertThat(me(tabletAccess).statusCode()).isEqualTo(401);
        assertThat(me(body(phone).get("accessToken").asText()).statusCode()).isEqualTo(401);
        ApiResponse refreshed = kit.call(RestEvent.post("/v1/auth/refresh")
                .json("{\"refreshToken\":\"" + phoneRefresh + "\"}"));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(me(body(refreshed).get("accessToken").asText()).statusCode()).isEqualTo(200);
    }

    static String newAdmin(String loginId) {
        return "{\"loginId\":\"" + loginId + "\",\"displayName\":\"x\",\"password\":\"Blue-gloves-77-x\","
                + "\"role\":\"ADMIN\"}";
    }
}
