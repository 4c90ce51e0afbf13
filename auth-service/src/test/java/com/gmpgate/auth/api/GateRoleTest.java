package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.application.SessionIssuer;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GATE role: an admin creates gate accounts; a gate signs in, looks workers up by name, and manages no one. */
class GateRoleTest {

    private static final String PASSWORD = "Gate-tablet-2026";

    private AuthTestKit kit;
    private String adminToken;

    @BeforeEach
    void seed() {
        kit = new AuthTestKit();
        kit.user("admin", PASSWORD, Role.ADMIN, "demo-site", "관리자");
        kit.user("worker1", PASSWORD, Role.WORKER, "demo-site", "김위생");
        kit.user("worker2", PASSWORD, Role.WORKER, "demo-site", "김 청결");
        kit.user("worker9", PASSWORD, Role.WORKER, "other-site", "김다른");
        adminToken = token("admin");
    }

    @Test
    void anAdmin_createsAGateAccount_whichSignsInWithTheGateRole_forOneShift() {
        ApiResponse created = kit.authorized(RestEvent.post("/v1/auth/users").json("{\"loginId\":\"gate-main\","
                + "\"displayName\":\"정문 태블릿\",\"password\":\"" + PASSWORD + "\",\"role\":\"GATE\","
                + "\"department\":\"보안팀\"}"), adminToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        ApiResponse login = login("gate-main");

        assertThat(body(login).at("/user/role").asText()).isEqualTo("GATE");
        assertThat(kit.authorize(body(login).get("accessToken").asText(), "POST", "/v1/qr/verify"))
                .containsEntry("role", "GATE");
        String gateId = body(login).at("/user/id").asText();
        assertThat(kit.sessions.all()).filteredOn(session -> session.userId().equals(gateId))
                .singleElement().satisfies(session -> assertThat(Duration.between(session.issuedAt(),
                        session.expiresAt())).isEqualTo(SessionIssuer.ADMIN_REFRESH_LIFETIME));
    }

    @Test
    void aGate_findsActiveWorkersOfItsSiteByName_andLearnsOnlyWhoTheyAre() {
        String gate = gateToken();

        ApiResponse found = kit.authorized(RestEvent.get("/v1/auth/workers").query("name", "김"), gate);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode items = body(found).get("items");
        assertThat(items.findValuesAsText("displayName")).containsExactlyInAnyOrder("김위생", "김 청결");
        assertThat(items.get(0).has("loginId")).isFalse();
        assertThat(items.get(0).has("role")).isFalse();
        assertThat(body(kit.authorized(RestEvent.get("/v1/auth/workers").query("name", "김청"), gate))
                .get("items").findValuesAsText("displayName")).containsExactly("김 청결");
        assertThat(kit.authorized(RestEvent.get("/v1/auth/workers"), gate).statusCode()).isEqualTo(400);
    }

    @Test
    void aGate_managesNoOne_andAWorkerLooksNoOneUp() {
        String gate = gateToken();

        assertThat(kit.authorized(RestEvent.get("/v1/auth/users"), gate).statusCode()).isEqualTo(403);
        assertThat(kit.authorized(RestEvent.post("/v1/auth/users").json("{}"), gate).statusCode()).isEqualTo(403);
        assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), gate).statusCode()).isEqualTo(200);
        assertThat(kit.authorized(RestEvent.get("/v1/auth/workers").query("name", "김"), token("worker1"))
                .statusCode()).isEqualTo(403);
    }

    private String gateToken() {
        User gate = kit.user("gate-main", PASSWORD, Role.GATE, "demo-site", "정문 태블릿");
        assertThat(gate.role()).isEqualTo(Role.GATE);
        return token("gate-main");
    }

    private String token(String loginId) {
        ApiResponse login = login(loginId);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return body(login).get("accessToken").asText();
    }

    private ApiResponse login(String loginId) {
        return kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + PASSWORD + "\"}"));
    }

}
