package com.gmpgate.qr.deploy;

import static com.gmpgate.fakes.RepoFiles.map;
import static com.gmpgate.fakes.RepoFiles.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.fakes.RepoFiles;
import com.gmpgate.qr.QrEnvironment;
import com.gmpgate.qr.QrTestKit;
import com.gmpgate.qr.api.QrApiHandler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** template.yaml deploys what this module builds: its routes, handler, jar, environment and no more access. */
class TemplateAgreementTest {

    private static final Map<String, Object> QR = properties("QrFunction");

    @Test
    void qrFunction_declaresExactlyTheRoutesTheHandlerServes_andOnlyTheKeysArePublic() {
        Set<String> declared = new TreeSet<>();
        Set<String> open = new TreeSet<>();
        map(QR.get("Events")).values().forEach(event -> {
            Map<String, Object> p = map(map(event).get("Properties"));
            assertThat(map(event).get("Type")).isEqualTo("Api");
            assertThat(p.get("RestApiId")).isEqualTo(Map.of("Ref", "GateApi"));
            declared.add(String.valueOf(p.get("Method")).toUpperCase(Locale.ROOT) + " " + p.get("Path"));
            if (p.get("Auth") instanceof Map<?, ?> auth && "NONE".equals(auth.get("Authorizer"))) {
                open.add(String.valueOf(p.get("Path")));
            }
        });

        assertThat(declared).isEqualTo(new QrTestKit().api.dispatcher().routes());
        assertThat(open).containsExactly("/v1/qr/keys");
    }

    @Test
    void runsThisModulesShadedJar_withItsHandler_andTheVariablesItReads() {
        assertThat(QR.get("CodeUri")).isEqualTo("qr-service/target/qr-service.jar");
        assertThat(QR.get("Handler")).isEqualTo(QrApiHandler.class.getName() + "::handleRequest");
        assertThat(map(map(QR.get("Environment")).get("Variables")).keySet()).containsExactlyInAnyOrder(
                QrEnvironment.PASSES_TABLE, QrEnvironment.PRESENCE_TABLE, QrEnvironment.ACCESS_LOGS_TABLE,
                QrEnvironment.USERS_TABLE, QrEnvironment.WORKER_DAYS_TABLE, QrEnvironment.SESSIONS_TABLE,
                QrEnvironment.AUDIT_TABLE, QrEnvironment.PASS_KEYS_SECRET,
                QrEnvironment.EVENT_BUS_NAME, QrEnvironment.STATIC_PASS_SITES);
    }

    @Test
    void mayReadAndUpdatePassesAndPresence_appendToTheLogAndAudit_readNamesAndKeys_countSigning_andNothingElse() {
        List<?> policies = (List<?>) QR.get("Policies");
        // announcing each logged scan on the stack's bus (the live screens), and the statement below
        assertThat(policies).hasSize(2).first().isEqualTo(
                Map.of("EventBridgePutEventsPolicy", Map.of("EventBusName", Map.of("Ref", "GateEventBus"))));
        Map<String, List<String>> actionsBySid = new TreeMap<>();
        for (Object statement : (List<?>) map(policies.get(1)).get("Statement")) {
            Map<String, Object> s = map(statement);
            assertThat(s.get("Effect")).isEqualTo("Allow");
            @SuppressWarnings("unchecked")
            List<String> actions = (List<String>) s.get("Action");
            actionsBySid.put(String.valueOf(s.get("Sid")), actions);
            assertThat(String.valueOf(s.get("Resource"))).doesNotContain("*");
        }
        assertThat(actionsBySid).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("Passes", List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem")),
                Map.entry("Presence", List.of("dynamodb:GetItem", "dynamodb:UpdateItem")),
                Map.entry("AccessLogAppend", List.of("dynamodb:GetItem", "dynamodb:PutItem")),
                Map.entry("WorkerNames", List.of("dynamodb:GetItem")),
                // the offline roster: the site's workers by the bySite index
                Map.entry("GateRoster", List.of("dynamodb:Query")),
                Map.entry("WorkerDays", List.of("dynamodb:GetItem")),
                // a signer's wrong password counts toward the login lock; signatures are only added to the trail
                Map.entry("SigningAttempts", List.of("dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem")),
                Map.entry("AuditAppend", List.of("dynamodb:PutItem")),
                Map.entry("PassKeys", List.of("secretsmanager:GetSecretValue")))));
    }

    @Test
    void gateApi_sendsPngsAsBytes() {
        assertThat(properties("GateApi").get("BinaryMediaTypes")).isEqualTo(List.of("*~1*"));
        assertThat(RepoFiles.events("qr")).isNotEmpty();
    }
}
