package com.gmpgate.auth.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.AuthorizerEvents;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuthorizerHandlerTest {

    final AuthTestKit kit = new AuthTestKit();
    final User admin = kit.user("admin", "Gate-admin-2026", Role.ADMIN, "demo-site", "관리자");
    final String token = new AccessTokenIssuer(kit.keys).issue(admin, kit.clock.instant()).token();

    /** Every route of docs/openapi.yaml / DESIGN.md §3 an authorized caller may reach. */
    static final List<String> ROUTES = List.of("GET /v1/auth/me", "POST /v1/auth/logout", "GET /v1/auth/users",
            "POST /v1/auth/users", "PATCH /v1/auth/users/u-1", "POST /v1/auth/users/u-1/password-reset",
            "GET /v1/checklist/template", "POST /v1/checklist/submissions", "GET /v1/checklist/submissions",
            "POST /v1/checklist/submissions/s-1/review", "POST /v1/ai/uploads", "GET /v1/ai/analyses/a-1",
            "GET /v1/qr/passes/current", "GET /v1/qr/passes/p-1/image", "POST /v1/qr/verify",
            "POST /v1/qr/passes/p-1/revoke", "GET /v1/access-log/entries.csv", "GET /v1/access-log/presence",
            "POST /v1/access-log/entries/batch");

    @Test
    void aValidToken_onTheRealRequestEvent_getsAnAllowPolicyAndTheCallerContext() {
        JsonNode response = kit.authorizerResponse(AuthorizerEvents.request("Bearer " + token, "GET", "/v1/auth/me"));

        assertThat(response.get("principalId").asText()).isEqualTo(admin.id());
        JsonNode statement = response.at("/policyDocument/Statement/0");
        assertThat(response.at("/policyDocument/Version").asText()).isEqualTo("2012-10-17");
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.get("Action").asText()).isEqualTo("execute-api:Invoke");
        assertThat(statement.get("Resource").get(0).asText())
                .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/*/v1/*");
        JsonNode context = response.get("context");
        assertThat(context.get("userId").asText()).isEqualTo(admin.id());
        assertThat(context.get("role").asText()).isEqualTo("ADMIN");
        assertThat(context.get("siteId").asText()).isEqualTo("demo-site");
        assertThat(context.get("exp").asLong()).isEqualTo(kit.clock.instant().getEpochSecond() + 900);
        context.fields().forEachRemaining(f -> assertThat(f.getValue().isTextual()).as(f.getKey()).isTrue());
    }

    @Test
    void theReply_hasTheShapeOfAwsOwnIamPolicyResponse() {
        JsonNode fixture = AuthorizerEvents.fixture("events-test_iamPolicyV1Responses_allow.json");
        JsonNode response = kit.authorizerResponse(AuthorizerEvents.request("Bearer " + token, "GET", "/v1/auth/me"));

        assertThat(names(fixture)).containsAll(names(response));
        assertThat(names(fixture.get("policyDocument"))).containsAll(names(response.get("policyDocument")));
        assertThat(names(fixture.at("/policyDocument/Statement/0")))
                .containsAll(names(response.at("/policyDocument/Statement/0")));
        assertThat(response.at("/policyDocument/Statement/0/Resource").isArray()).isTrue();
    }

    /**
     * The cache trap: API Gateway reuses this answer for every route called with the same token for 300 s, so the
     * policy must allow them all; it allows nothing outside this API's stage.
     */
    @Test
    void thePolicy_coversEveryRouteOfTheApi_soACachedAnswerNeverDeniesTheNextRoute() {
        JsonNode response = kit.authorizerResponse(AuthorizerEvents.request("Bearer " + token, "GET", "/v1/auth/me"));
        Pattern allowed = iamWildcard(response.at("/policyDocument/Statement/0/Resource/0").asText());
        String base = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/";

        for (String route : ROUTES) {
            String[] methodAndPath = route.split(" ");
            assertThat(allowed.matcher(base + methodAndPath[0] + methodAndPath[1]).matches()).as(route).isTrue();
        }
        assertThat(allowed.matcher("arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/GET/v1/auth/me")
                .matches()).as("another stage").isFalse();
        assertThat(allowed.matcher("arn:aws:execute-api:us-east-1:123456789012:otherapi/test/GET/v1/auth/me")
                .matches()).as("another API").isFalse();
    }

    @Test
    void aTokenEvent_isUnderstoodToo() {
        JsonNode response = kit.authorizerResponse(AuthorizerEvents.token("Bearer " + token));

        assertThat(response.get("principalId").asText()).isEqualTo(admin.id());
        assertThat(response.at("/policyDocument/Statement/0/Resource/0").asText())
                .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:example/prod/*/v1/*");
    }

    @Test
    void theJavaLibsRequestEvent_withALowerCaseHeaderAndScheme_works() {
        JsonNode response = kit.authorizerResponse(AuthorizerEvents.javaLibsRequest("bearer " + token));

        assertThat(response.get("context").get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void theFixturesAsTheyAre_withoutAToken_areUnauthorized() {
        assertUnauthorized(AuthorizerEvents.bytes(AuthorizerEvents.fixture("apigw-request-authorizer.rendered.json")));
        assertUnauthorized(AuthorizerEvents.bytes(AuthorizerEvents.fixture("apigw-token-authorizer.rendered.json")));
        assertUnauthorized(AuthorizerEvents.bytes(AuthorizerEvents.fixture("apigw_auth.json")));
    }

    @Test
    void otherSchemesAndEmptyValues_areUnauthorized() {
        assertUnauthorized(AuthorizerEvents.request(null, "GET", "/v1/auth/me"));
        assertUnauthorized(AuthorizerEvents.request(token, "GET", "/v1/auth/me"));
        assertUnauthorized(AuthorizerEvents.request("Basic " + token, "GET", "/v1/auth/me"));
        assertUnauthorized(AuthorizerEvents.request("Bearer ", "GET", "/v1/auth/me"));
        assertUnauthorized(AuthorizerEvents.token(token));
    }

    @Test
    void aRefusal_isLoggedWithItsReason_butNotTheToken() {
        String expired = new AccessTokenIssuer(kit.keys).issue(admin, kit.clock.instant().minusSeconds(3600)).token();

        assertUnauthorized(AuthorizerEvents.request("Bearer " + expired, "GET", "/v1/auth/me"));

        assertThat(kit.context.logged()).anySatisfy(line -> assertThat(line)
                .contains("ACCESS_TOKEN_REJECTED", "EXPIRED").doesNotContain(expired));
    }

    @Test
    void allV1Routes_refusesWhatIsNotAMethodArn() {
        assertThatThrownBy(() -> AuthorizerHandler.allV1Routes("arn:aws:s3:::bucket"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertUnauthorized(byte[] event) {
        assertThatThrownBy(() -> kit.authorizer.handleRequest(new ByteArrayInputStream(event),
                new ByteArrayOutputStream(), kit.context))
                .isInstanceOf(AuthorizerHandler.UnauthorizedException.class).hasMessage("Unauthorized");
    }

    /** IAM's wildcards: * is any run of characters (slashes too), ? one character. */
    static Pattern iamWildcard(String resource) {
        StringBuilder regex = new StringBuilder();
        for (char c : resource.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
