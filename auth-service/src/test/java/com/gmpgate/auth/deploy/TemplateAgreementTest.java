package com.gmpgate.auth.deploy;

import com.gmpgate.fakes.RepoFiles;
import static com.gmpgate.fakes.RepoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.api.AuthApiHandler;
import com.gmpgate.auth.authorizer.AuthorizerHandler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml deploys what this module builds: the same routes, handlers, jar and authorizer settings. */
class TemplateAgreementTest {

    static final Map<String, Object> TEMPLATE = RepoFiles.template();

    static Map<String, Object> properties(String logicalId) {
        return map(map(map(TEMPLATE.get("Resources")).get(logicalId)).get("Properties"));
    }

    @Test
    void authFunction_declaresExactlyTheRoutesTheHandlerServes() {
        Set<String> declared = new TreeSet<>();
        map(properties("AuthFunction").get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            assertThat(map(event).get("Type")).isEqualTo("Api");
            assertThat(p.get("RestApiId")).isEqualTo(Map.of("Ref", "GateApi"));
            declared.add(String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path"));
        });

        assertThat(declared).isEqualTo(new AuthTestKit().api.dispatcher().routes());
    }

    @Test
    void onlyLoginAndRefresh_skipTheAuthorizer() {
        Set<String> open = new TreeSet<>();
        map(properties("AuthFunction").get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            if (p.get("Auth") instanceof Map<?, ?> auth && "NONE".equals(auth.get("Authorizer"))) {
                open.add(String.valueOf(p.get("Path")));
            }
        });

        assertThat(open).containsExactly("/v1/auth/login", "/v1/auth/refresh");
    }

    @Test
    void theFunctions_runThisModulesShadedJars_withTheirHandlerClass() {
        assertThat(properties("AuthFunction").get("CodeUri")).isEqualTo("auth-service/target/auth-service.jar");
        // the authorizers' minimised jar (pom.xml, execution "authorizer"; AuthorizerJarIT runs it)
        assertThat(properties("AuthorizerFunction").get("CodeUri")).isEqualTo("auth-service/target/authorizer.jar");
        assertThat(properties("LiveAuthorizerFunction").get("CodeUri"))
                .isEqualTo("auth-service/target/authorizer.jar");
        assertThat(properties("AuthFunction").get("Handler"))
                .isEqualTo(AuthApiHandler.class.getName() + "::handleRequest");
        assertThat(properties("AuthorizerFunction").get("Handler"))
                .isEqualTo(AuthorizerHandler.class.getName() + "::handleRequest");
    }

    @Test
    void gateApi_usesTheAuthorizer_byDefault_asARequestAuthorizerOnTheAuthorizationHeader() {
        Map<String, Object> auth = map(properties("GateApi").get("Auth"));
        Map<String, Object> authorizer = map(map(auth.get("Authorizers")).get(auth.get("DefaultAuthorizer")));

        assertThat(auth.get("ApiKeyRequired")).isEqualTo(true);
        assertThat(authorizer.get("FunctionPayloadType")).isEqualTo("REQUEST");
        // the published alias, not the function: SnapStart restores only published versions (template Globals)
        assertThat(authorizer.get("FunctionArn")).isEqualTo(Map.of("Ref", "AuthorizerFunction.Alias"));
        Map<String, Object> identity = map(authorizer.get("Identity"));
        assertThat(identity.get("Headers")).isEqualTo(List.of("Authorization"));
        // no result cache: the authorizer checks the stored user on every call (logout, disabling, role changes)
        assertThat(identity.get("ReauthorizeEvery")).isEqualTo(0);
    }

    @Test
    void theAuthorizer_mayOnlyReadTheKeys_andTheAuthFunctionReachesOnlyItsTablesAndKeys() {
        String authorizer = properties("AuthorizerFunction").get("Policies").toString();
        assertThat(authorizer).contains("secretsmanager:GetSecretValue", "dynamodb:GetItem", "UsersTable")
                .doesNotContain("PutSecretValue", "DynamoDBCrudPolicy", "PutItem", "UpdateItem", "SessionsTable",
                        "PassesTable");
        assertThat(map(map(properties("AuthorizerFunction").get("Environment")).get("Variables")))
                .containsKeys("USERS_TABLE", "GMP_ACCESS_TOKEN_KEYS_SECRET");
        String policies = properties("AuthFunction").get("Policies").toString();
        // the audit trail: add only (user creation, disabling, role changes, resets)
        assertThat(policies).contains("Sid=AuditAppend, Effect=Allow, Action=[dynamodb:PutItem], "
                + "Resource={Fn::GetAtt=AuditTable.Arn}");
        String auth = policies.replaceAll("\\{Sid=AuditAppend[^}]*\\}\\}", "");
        assertThat(auth).contains("UsersTable", "SessionsTable", "AccessTokenKeysSecret")
                .doesNotContain("ChecklistsTable", "AccessLogsTable", "*", "DeleteItem, PassesTable", "PutItem]",
                        "AuditTable");
        // the user's passes: found by worker and revoked, nothing else
        assertThat(auth).contains("RevokeUserPasses").contains("[dynamodb:Query, dynamodb:UpdateItem]");
        assertThat(auth.split("PassesTable", -1)).hasSize(3);
        assertThat(map(map(properties("AuthFunction").get("Environment")).get("Variables")))
                .containsKeys("USERS_TABLE", "SESSIONS_TABLE", "PASSES_TABLE", "GMP_CURSOR_SECRET",
                        "GMP_ACCESS_TOKEN_KEYS_SECRET");
    }
}
