package com.gmpgate.auth.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.domain.user.Role;
import com.gmpgate.fakes.RestEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket's $connect authorizer makes the REST authorizer's check: a token that logout, disabling or a role
 * change ended opens no live socket either (the socket streams the site's verdicts and scans).
 */
class LiveSocketAuthorizerHandlerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String METHOD_ARN = "arn:aws:execute-api:us-east-1:123456789012:wsapi123/prod/$connect";

    final AuthTestKit kit = new AuthTestKit();
    final LiveSocketAuthorizerHandler handler = new LiveSocketAuthorizerHandler(kit.authorizer);

    @Test
    void aCurrentAdminToken_opensTheSocket_withTheStoredUserInTheContext() throws IOException {
        kit.user("admin", "Gate-admin-2026", Role.ADMIN, "demo-site", "관리자");
        String token = login("admin", "Gate-admin-2026");

        JsonNode response = connect(token);

        assertThat(response.at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Allow");
        assertThat(response.at("/policyDocument/Statement/0/Resource/0").asText()).isEqualTo(METHOD_ARN);
        assertThat(response.at("/context/role").asText()).isEqualTo("ADMIN");
        assertThat(response.at("/context/siteId").asText()).isEqualTo("demo-site");
    }

    @Test
    void aTokenEndedByLogout_opensNoSocket() throws IOException {
        kit.user("admin", "Gate-admin-2026", Role.ADMIN, "demo-site", "관리자");
        String token = login("admin", "Gate-admin-2026");
        assertThat(connect(token).at("/policyDocument/Statement/0/Effect").asText()).isEqualTo("Allow");

        kit.authorized(RestEvent.post("/v1/auth/logout").json("{}"), token);

        assertThatThrownBy(() -> connect(token)).isInstanceOf(AuthorizerHandler.UnauthorizedException.class);
        assertThat(kit.context.logged()).anySatisfy(line -> assertThat(line).contains("TOKEN_VERSION_STALE"));
    }

    @Test
    void noToken_orAForgedOne_opensNoSocket() {
        assertThatThrownBy(() -> connect(null)).isInstanceOf(AuthorizerHandler.UnauthorizedException.class);
        assertThatThrownBy(() -> connect("eyJhbGciOiJub25lIn0.e30."))
                .isInstanceOf(AuthorizerHandler.UnauthorizedException.class);
    }

    private String login(String loginId, String password) throws IOException {
        ApiResponse response = kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    /** A WebSocket REQUEST authorizer event as API Gateway sends it for $connect with ?token=. */
    private JsonNode connect(String token) throws IOException {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "REQUEST");
        event.put("methodArn", METHOD_ARN);
        ObjectNode query = event.putObject("queryStringParameters");
        if (token != null) {
            query.put("token", token);
        }
        event.putObject("requestContext").put("routeKey", "$connect").put("eventType", "CONNECT");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, kit.context);
        return JSON.readTree(out.toByteArray());
    }
}
