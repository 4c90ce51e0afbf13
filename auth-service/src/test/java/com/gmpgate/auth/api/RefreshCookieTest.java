package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 7: a browser keeps the refresh token in an HttpOnly, Secure, SameSite=Strict cookie on /v1/auth and
 * never sees it in a body; refresh and logout read the cookie; clients that are not browsers keep using the body.
 */
class RefreshCookieTest {

    static final String ORIGIN = "https://gate.example.com";

    final AuthTestKit kit = new AuthTestKit();

    RefreshCookieTest() {
        kit.user("worker1", "Hands-washed-42", Role.WORKER, "demo-site", "김위생");
    }

    static String cookieValue(ApiResponse response) {
        String header = response.headers().get("Set-Cookie");
        return header.substring("gmp_refresh=".length(), header.indexOf(';'));
    }

    ApiResponse browserLogin() {
        return kit.call(RestEvent.post("/v1/auth/login").header("Origin", ORIGIN)
                .json("{\"loginId\":\"worker1\",\"password\":\"Hands-washed-42\"}"));
    }

    @Test
    void aBrowsersLogin_setsTheCookie_andLeavesTheTokenOutOfTheBody() {
        ApiResponse login = browserLogin();

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().get("Set-Cookie")).matches("gmp_refresh=[\\w-]{43}; Max-Age=2592000; "
                + "Path=/v1/auth; HttpOnly; Secure; SameSite=Strict");
        assertThat(body(login).has("refreshToken")).isFalse();
        assertThat(login.body()).doesNotContain(cookieValue(login));
    }

    @Test
    void refresh_readsTheCookie_andRotatesIt() {
        String first = cookieValue(browserLogin());

        ApiResponse refreshed = kit.call(RestEvent.post("/v1/auth/refresh").header("Origin", ORIGIN)
                .header("Cookie", "other=1; gmp_refresh=" + first));
        ApiResponse again = kit.call(RestEvent.post("/v1/auth/refresh").header("Origin", ORIGIN)
                .header("Cookie", "gmp_refresh=" + first));

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(cookieValue(refreshed)).isNotEqualTo(first).matches("[\\w-]{43}");
        assertThat(body(again).at("/error/code").asText()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(again.headers().get("Set-Cookie")).startsWith("gmp_refresh=; Max-Age=0; Path=/v1/auth");
    }

    @Test
    void logout_endsTheCookiesFamily_andClearsTheCookie() {
        ApiResponse login = browserLogin();
        String cookie = cookieValue(login);

        ApiResponse logout = kit.authorized(RestEvent.post("/v1/auth/logout").header("Origin", ORIGIN)
                .header("Cookie", "gmp_refresh=" + cookie), body(login).get("accessToken").asText());

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().get("Set-Cookie")).startsWith("gmp_refresh=; Max-Age=0; Path=/v1/auth");
        assertThat(kit.call(RestEvent.post("/v1/auth/refresh").header("Cookie", "gmp_refresh=" + cookie))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aClientThatIsNotABrowser_keepsTheTokenInTheBody() {
        ApiResponse login = kit.call(RestEvent.post("/v1/auth/login")
                .json("{\"loginId\":\"worker1\",\"password\":\"Hands-washed-42\"}"));
        String token = body(login).get("refreshToken").asText();

        ApiResponse refreshed = kit.call(RestEvent.post("/v1/auth/refresh").json("{\"refreshToken\":\"" + token + "\"}"));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(body(refreshed).get("refreshToken").asText()).matches("[\\w-]{43}").isNotEqualTo(token);
    }
}
