package com.gmpgate.accesslog.deploy;

import static com.gmpgate.fakes.RepoFiles.map;
import static com.gmpgate.fakes.RepoFiles.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.accesslog.AccessLogEnvironment;
import com.gmpgate.accesslog.AccessLogTestKit;
import com.gmpgate.accesslog.api.AccessLogApiHandler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml deploys what this module builds: its routes, handler, jar, environment and no more access. */
class TemplateAgreementTest {

    private static final Map<String, Object> FUNCTION = properties("AccessLogFunction");

    @Test
    void declaresExactlyTheRoutesTheHandlerServes_allBehindTheAuthorizer() {
        Set<String> declared = new TreeSet<>();
        map(FUNCTION.get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            assertThat(map(event).get("Type")).isEqualTo("Api");
            assertThat(p.get("RestApiId")).isEqualTo(Map.of("Ref", "GateApi"));
            assertThat(p).doesNotContainKey("Auth");
            declared.add(String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path"));
        });

        assertThat(declared).isEqualTo(new AccessLogTestKit().api.dispatcher().routes());
    }

    @Test
    void runsThisModulesShadedJar_withItsHandler_andTheVariablesItReads() {
        assertThat(FUNCTION.get("CodeUri")).isEqualTo("access-log-service/target/access-log-service.jar");
        assertThat(FUNCTION.get("Handler")).isEqualTo(AccessLogApiHandler.class.getName() + "::handleRequest");
        assertThat(map(map(FUNCTION.get("Environment")).get("Variables")).keySet()).containsExactlyInAnyOrder(
                AccessLogEnvironment.ACCESS_LOGS_TABLE, AccessLogEnvironment.PRESENCE_TABLE,
                AccessLogEnvironment.PASSES_TABLE, AccessLogEnvironment.USERS_TABLE,
                AccessLogEnvironment.WORKER_DAYS_TABLE, AccessLogEnvironment.CURSOR_SECRET, AccessLogEnvironment.PASS_KEYS_SECRET,
                AccessLogEnvironment.EVENT_BUS_NAME, AccessLogEnvironment.STATIC_PASS_SITES);
    }

    @Test
    void mayReadAndAppendTheLog_movePresence_readPassesNamesAndKeys_andNothingElse() {
        List<?> policies = (List<?>) FUNCTION.get("Policies");
        // announcing each synced scan on the stack's bus (the live screens), and the statement below
        assertThat(policies).hasSize(2).first().isEqualTo(
                Map.of("EventBridgePutEventsPolicy", Map.of("EventBusName", Map.of("Ref", "GateEventBus"))));
        Map<String, Object> actionsBySid = new TreeMap<>();
        for (Object statement : (List<?>) map(policies.get(1)).get("Statement")) {
            Map<String, Object> s = map(statement);
            assertThat(s.get("Effect")).isEqualTo("Allow");
            assertThat(String.valueOf(s.get("Resource"))).doesNotContain("*");
            actionsBySid.put(String.valueOf(s.get("Sid")), s.get("Action"));
        }
        assertThat(actionsBySid).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "AccessLog", List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"),
                "Presence", List.of("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:Query"),
                "Passes", List.of("dynamodb:GetItem"),
                "WorkerDays", List.of("dynamodb:GetItem"),
                "WorkerNames", List.of("dynamodb:GetItem"),
                "PassKeys", List.of("secretsmanager:GetSecretValue"))));
    }
}
