package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static com.gmpgate.auth.AuthTestKit.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.auth.application.UserAdminService;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 3: the login answers alike for real and unknown ids, is throttled per client address, cannot be
 * used to lock someone else out, a refused user creation leaks nothing, and a reset password must be changed
 * (POST /v1/auth/password) before anything else works.
 */
class LoginDefencesTest {

    static final String ADMIN_PASSWORD = "Gate-admin-2026";
    static final String WORKER_PASSWORD = "Hands-washed-42";
    static final String ATTACKER = "203.0.113.66";
    static final String GATE_PC = "198.51.100.10";

    final AuthTestKit kit = new AuthTestKit();
    final User admin = kit.user("admin", ADMIN_PASSWORD, Role.ADMIN, "demo-site", "관리자");
    final User worker = kit.user("worker1", WORKER_PASSWORD, Role.WORKER, "demo-site", "김위생");

    ApiResponse login(String loginId, String password, String from) {
        return kit.call(RestEvent.post("/v1/auth/login").sourceIp(from).json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}"));
    }

    /** The reply without what differs by design on every request. */
    static String shape(ApiResponse response) {
        return response.statusCode() + " " + response.headers().get("Retry-After") + " "
                + response.body().replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    @Test
    void theLock_answersAlike_forARealAndAnUnknownLoginId() {
        ApiResponse real = null;
        ApiResponse unknown = null;
        for (int i = 0; i < LoginThrottle.FAILURE_LIMIT; i++) {
            real = login("worker1", "wrong-" + i, ATTACKER);
            unknown = login("nobody-here", "wrong-" + i, ATTACKER);
        }

        assertThat(code(real)).isEqualTo("ACCOUNT_LOCKED");
        assertThat(shape(unknown)).isEqualTo(shape(real));
        assertThat(shape(login("nobody-here", "again", ATTACKER))).isEqualTo(shape(login("worker1", "again", ATTACKER)));
    }

    @Test
    void failedLogins_fromAnotherAddress_doNotLockTheAdminOut() {
        for (int i = 0; i < LoginThrottle.FAILURE_LIMIT + 2; i++) {
            login("admin", "guess-" + i, ATTACKER);
        }

        assertThat(code(login("admin", ADMIN_PASSWORD, ATTACKER))).isEqualTo("ACCOUNT_LOCKED");
        assertThat(login("admin", ADMIN_PASSWORD, GATE_PC).statusCode()).isEqualTo(200);
    }

    @Test
    void oneAddress_getsAFixedNumberOfLoginAttempts_whateverTheLoginIds() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            assertThat(code(login("id-" + i, "guess", ATTACKER))).as("attempt %d", i + 1)
                    .isEqualTo("INVALID_CREDENTIALS");
        }
        ApiResponse over = login("worker1", WORKER_PASSWORD, ATTACKER);

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(code(over)).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(over.headers().get("Retry-After"))).isPositive();
        assertThat(login("worker1", WORKER_PASSWORD, GATE_PC).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminsRefusedCreates_areCapped_andThenEveryCreateIsRefused() {
        String token = body(login("admin", ADMIN_PASSWORD, GATE_PC)).get("accessToken").asText();
        kit.user("someone-elsewhere", WORKER_PASSWORD, Role.WORKER, "other-site", "다른사람");
        for (int i = 0; i < UserAdminService.REFUSED_CREATES_PER_DAY; i++) {
            assertThat(code(create(token, "someone-elsewhere"))).isEqualTo("LOGIN_ID_UNAVAILABLE");
        }

        ApiResponse free = create(token, "a-free-login-id");

        assertThat(free.statusCode()).as("a free id answers like a taken one once the cap is reached").isEqualTo(429);
        assertThat(code(free)).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(kit.users.findByLoginId("a-free-login-id")).isEmpty();
    }

    ApiResponse create(String token, String loginId) {
        return kit.authorized(RestEvent.post("/v1/auth/users").json("{\"loginId\":\"" + loginId
                + "\",\"displayName\":\"x\",\"password\":\"Blue-gloves-77\",\"role\":\"WORKER\"}"), token);
    }

    ApiResponse changePassword(String token, String current, String next) {
        return kit.authorized(RestEvent.post("/v1/auth/password").sourceIp(GATE_PC).json(
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"), token);
    }

    @Test
    void aResetPassword_mustBeChangedBeforeAnythingElse() {
        String adminToken = body(login("admin", ADMIN_PASSWORD, GATE_PC)).get("accessToken").asText();
        User secondAdmin = kit.user("admin2", ADMIN_PASSWORD, Role.ADMIN, "demo-site", "부관리자");
        String temporary = body(kit.authorized(RestEvent.post("/v1/auth/users/{id}/password-reset",
                "/v1/auth/users/" + secondAdmin.id() + "/password-reset").pathParameter("id", secondAdmin.id()),
                adminToken)).get("temporaryPassword").asText();

        ApiResponse session = login("admin2", temporary, GATE_PC);
        String token = body(session).get("accessToken").asText();

        assertThat(body(session).get("passwordChangeRequired").asBoolean()).isTrue();
        ApiResponse list = kit.authorized(RestEvent.get("/v1/auth/users"), token);
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(code(list)).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), token).statusCode()).isEqualTo(200);

        ApiResponse changed = changePassword(token, temporary, "Fresh-gloves-2026");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(body(changed).get("passwordChangeRequired").asBoolean()).isFalse();
        String fresh = body(changed).get("accessToken").asText();
        assertThat(kit.authorized(RestEvent.get("/v1/auth/users"), fresh).statusCode()).isEqualTo(200);
        assertThat(kit.authorized(RestEvent.get("/v1/auth/me"), token).statusCode())
                .as("the token from before the change").isEqualTo(401);
    }

    @Test
    void changingOnesPassword_needsTheCurrentOne_andANewOneThePolicyAccepts() {
        String token = body(login("worker1", WORKER_PASSWORD, GATE_PC)).get("accessToken").asText();

        ApiResponse wrong = changePassword(token, "not-my-password", "Fresh-gloves-2026");
        ApiResponse weak = changePassword(token, WORKER_PASSWORD, "password123");
        ApiResponse same = changePassword(token, WORKER_PASSWORD, WORKER_PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(body(wrong).at("/error/details/0/field").asText()).isEqualTo("currentPassword");
        assertThat(body(wrong).at("/error/details/0/code").asText()).isEqualTo("WRONG_PASSWORD");
        assertThat(body(weak).at("/error/details/0/field").asText()).isEqualTo("newPassword");
        assertThat(body(weak).at("/error/details/0/code").asText()).startsWith("PASSWORD_");
        assertThat(body(same).at("/error/details/0/code").asText()).isEqualTo("PASSWORD_SAME_AS_CURRENT");

        ApiResponse changed = changePassword(token, WORKER_PASSWORD, "Fresh-gloves-2026");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(login("worker1", WORKER_PASSWORD, GATE_PC).statusCode()).isEqualTo(401);
        assertThat(login("worker1", "Fresh-gloves-2026", GATE_PC).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswords_countAgainstTheSameLockAsLogins() {
        String token = body(login("worker1", WORKER_PASSWORD, GATE_PC)).get("accessToken").asText();
        for (int i = 0; i < LoginThrottle.FAILURE_LIMIT - 1; i++) {
            changePassword(token, "guess-" + i, "Fresh-gloves-2026");
        }

        ApiResponse fifth = changePassword(token, "guess-last", "Fresh-gloves-2026");

        assertThat(code(fifth)).isEqualTo("ACCOUNT_LOCKED");
        assertThat(code(changePassword(token, WORKER_PASSWORD, "Fresh-gloves-2026"))).isEqualTo("ACCOUNT_LOCKED");
    }
}
