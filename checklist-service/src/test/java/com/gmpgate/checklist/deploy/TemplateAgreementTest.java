package com.gmpgate.checklist.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.checklist.ChecklistEnvironment;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.events.ChecklistEventJson;
import com.gmpgate.template.CfnYamlReader;
import com.gmpgate.template.StorageTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml deploys what this module builds: its routes, handler, jar, environment, rights and event rule. */
class TemplateAgreementTest {

    static final Path ROOT = StorageTemplate.findRepositoryRoot(Path.of(""));
    static final Map<String, Object> TEMPLATE = CfnYamlReader.read(ROOT.resolve(StorageTemplate.FILE_NAME));

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    static Map<String, Object> resource(String logicalId) {
        return map(map(TEMPLATE.get("Resources")).get(logicalId));
    }

    static Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).get("Properties"));
    }

    @Test
    void checklistFunction_declaresExactlyTheRoutesTheHandlerServes_allBehindTheAuthorizer() {
        Set<String> declared = new TreeSet<>();
        map(properties("ChecklistFunction").get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            assertThat(map(event).get("Type")).isEqualTo("Api");
            assertThat(p.get("RestApiId")).isEqualTo(Map.of("Ref", "GateApi"));
            assertThat(p).doesNotContainKey("Auth");
            declared.add(String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path"));
        });

        assertThat(declared).isEqualTo(new ChecklistTestKit().api.dispatcher().routes());
    }

    @Test
    void checklistFunction_runsThisModulesShadedJar_withItsHandlerClass() {
        assertThat(properties("ChecklistFunction").get("CodeUri")).isEqualTo("checklist-service/target/checklist-service.jar");
        assertThat(properties("ChecklistFunction").get("Handler"))
                .isEqualTo(ChecklistApiHandler.class.getName() + "::handleRequest");
    }

    @Test
    void checklistFunction_getsEveryVariableItsWiringRequires() {
        Map<String, Object> variables = map(map(properties("ChecklistFunction").get("Environment")).get("Variables"));

        assertThat(variables).containsEntry(ChecklistEnvironment.CHECKLISTS_TABLE, Map.of("Ref", "ChecklistsTable"))
                .containsEntry(ChecklistEnvironment.PASSES_TABLE, Map.of("Ref", "PassesTable"))
                .containsEntry(ChecklistEnvironment.ANALYSES_TABLE, Map.of("Ref", "AnalysesTable"))
                .containsEntry(ChecklistEnvironment.WORKER_DAYS_TABLE, Map.of("Ref", "WorkerDaysTable"))
                .containsEntry(ChecklistEnvironment.PASS_KEYS_SECRET, Map.of("Ref", "PassKeysSecret"))
                .containsEntry(ChecklistEnvironment.EVENT_BUS_NAME, Map.of("Ref", "GateEventBus"))
                .containsKey(ChecklistEnvironment.CURSOR_SECRET);
        Map<String, Object> globals = map(map(map(map(TEMPLATE.get("Globals")).get("Function")).get("Environment"))
                .get("Variables"));
        assertThat(globals).containsKeys(ChecklistEnvironment.PASS_TTL_HOURS, ChecklistEnvironment.ANSWER_RETENTION_DAYS);
    }

    @Test
    void checklistFunction_reachesOnlyItsTables_readsTheAnalyses_andPutsOnlyOnTheStacksBus() {
        @SuppressWarnings("unchecked")
        List<Object> policies = (List<Object>) properties("ChecklistFunction").get("Policies");
        String all = policies.toString();

        // the actions themselves are checked against the stores' calls by local-api's IamLeastPrivilegeTest
        assertThat(policies).contains(
                Map.of("EventBridgePutEventsPolicy", Map.of("EventBusName", Map.of("Ref", "GateEventBus"))));
        // the worker's day: read and conditional put only (no delete, no scan)
        assertThat(all).contains("Sid=WorkerDays", "Action=[dynamodb:GetItem, dynamodb:PutItem]",
                "Resource={Fn::GetAtt=[WorkerDaysTable, Arn]}");
        assertThat(all).contains("ChecklistsTable", "PassesTable", "AnalysesTable");
        assertThat(all.substring(all.indexOf("Sid=Analyses"), all.indexOf("Sid=WorkerDays"))).as("analyses: read only")
                .doesNotContain("PutItem", "UpdateItem", "DeleteItem");
        // a review is signed with the reviewer's password: their hash read by key, the login lock's counters
        assertThat(all).contains("Sid=Signers, Effect=Allow, Action=[dynamodb:GetItem], "
                + "Resource={Fn::GetAtt=[UsersTable, Arn]}");
        assertThat(all).contains("Sid=SigningAttempts, Effect=Allow, Action=[dynamodb:GetItem, dynamodb:UpdateItem, "
                + "dynamodb:DeleteItem], Resource={Fn::GetAtt=[SessionsTable, Arn]}");
        assertThat(all).contains("PassKeysSecret")
                .doesNotContain("AccessLogsTable", "PresenceTable",
                        "AccessTokenKeysSecret", "ImagesBucket", "\"*\"", "=*");
    }

    @Test
    void theAlertRule_matchesTheEventsThisModulePublishes_forFailAndPendingReview() {
        Map<String, Object> rule = properties("ChecklistAlertRule");
        Map<String, Object> pattern = map(rule.get("EventPattern"));

        assertThat(rule.get("EventBusName")).isEqualTo(Map.of("Ref", "GateEventBus"));
        assertThat(pattern.get("source")).isEqualTo(List.of(ChecklistEventJson.SOURCE));
        assertThat(pattern.get("detail-type")).isEqualTo(List.of(ChecklistEvaluated.TYPE));
        assertThat(map(pattern.get("detail")).get("verdict")).isEqualTo(List.of("FAIL", "PENDING_REVIEW"));
    }

    @Test
    void thePassKeySecret_startsEmpty_forTheFunctionToFill() {
        assertThat(properties("PassKeysSecret").get("SecretString")).isEqualTo("{\"keys\":[]}");
    }
}
