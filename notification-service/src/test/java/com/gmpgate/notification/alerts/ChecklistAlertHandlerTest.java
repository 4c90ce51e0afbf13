package com.gmpgate.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.FixedWorkerDepartments;
import com.gmpgate.fakes.InMemoryDeliveryLedger;
import com.gmpgate.fakes.InMemoryOutbreakLedger;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RecordingSiteAlerts;
import com.gmpgate.notification.application.AdminLinks;
import com.gmpgate.port.AlertDeliveryException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChecklistAlertHandlerTest {

    static final Instant T = Instant.parse("2026-03-02T06:15:00Z");

    RecordingSiteAlerts alerts;
    ChecklistAlertHandler handler;

    @BeforeEach
    void setUp() {
        alerts = new RecordingSiteAlerts();
        handler = handler(alerts);
    }

    ChecklistAlertHandler handler(RecordingSiteAlerts to) {
        return new ChecklistAlertHandler(NotificationWiring.of(to, new InMemoryDeliveryLedger(),
                new InMemoryOutbreakLedger(), new FixedWorkerDepartments().with("demo-site", "u-1", "생산1팀"),
                new AdminLinks("https://gate.example.com/admin/"), new MutableClock(T)));
    }

    void deliver(ObjectNode event) {
        try {
            handler.handleRequest(BusEvents.stream(event), new ByteArrayOutputStream(), new FakeLambdaContext());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFail_alertsTheSitesSupervisors_inKoreanWithAnEnglishLine_andALinkToTheCase() {
        deliver(BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false));

        SiteAlert alert = alerts.sent().get(0);
        assertThat(alerts.sent()).hasSize(1);
        assertThat(alert.siteId()).isEqualTo("demo-site");
        assertThat(alert.kind()).isEqualTo(SiteAlert.Kind.VERDICT);
        assertThat(alert.link()).isEqualTo("https://gate.example.com/admin/review/sub-1");
        String[] lines = alert.text().split("\n");
        assertThat(lines[0]).contains("출입 제외(FAIL)", "관리자 앱");
        assertThat(lines[1]).contains("was FAIL", "admin app");
        assertThat(lines[2]).isEqualTo(alert.link());
        assertThat(alert.shortText()).contains("FAIL", alert.link()).hasSizeLessThan(160);
    }

    @Test
    void aPendingReview_alertsThatAReviewIsNeeded() {
        deliver(BusEvents.checklistEvaluated("ev-1", "sub-2", "demo-site", "u-1", "PENDING_REVIEW", T, false));

        assertThat(alerts.sent()).singleElement().satisfies(a -> {
            assertThat(a.subject()).contains("검토 대기", "Review needed");
            assertThat(a.link()).endsWith("/review/sub-2");
        });
    }

    @Test
    void theAlert_carriesNoHealthDetail_workerOrAnswer() {
        deliver(BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, true));

        SiteAlert alert = alerts.sent().get(0);
        assertThat(alert.subject() + alert.text() + alert.shortText())
                .doesNotContain("u-1", "구토", "설사", "황달", "vomit", "diarrh", "jaundice", "발열", "fever", "wound",
                        "상처", "생산1팀");
    }

    @Test
    void theSameEventDeliveredTwice_sendsOnce() {
        ObjectNode event = BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false);

        deliver(event);
        deliver(event);

        assertThat(alerts.sent()).hasSize(1);
    }

    @Test
    void theSameEventDeliveredConcurrently_sendsOnce() throws Exception {
        ObjectNode event = BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false);

        Race.run(12, i -> () -> {
            deliver(event);
            return null;
        });

        assertThat(alerts.sent()).hasSize(1);
    }

    @Test
    void twoEventsOfTwoSubmissions_sendTwo() {
        deliver(BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false));
        deliver(BusEvents.checklistEvaluated("ev-2", "sub-2", "demo-site", "u-1", "FAIL", T, false));

        assertThat(alerts.sent()).hasSize(2);
    }

    @Test
    void whenSnsFails_theInvocationFails_andTheRetrySends() {
        ObjectNode event = BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false);
        alerts.failNext(1);

        assertThatThrownBy(() -> deliver(event)).isInstanceOf(AlertDeliveryException.class);
        deliver(event);

        assertThat(alerts.sent()).hasSize(1);
    }

    @Test
    void aReviewDecision_isNotAlerted_theSupervisorMadeIt() {
        ObjectNode event = BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false);
        ((ObjectNode) event.get("detail")).put("trigger", "REVIEW").put("reviewerId", "u-admin");

        deliver(event);

        assertThat(alerts.sent()).isEmpty();
    }

    @Test
    void anotherSourceOrAMalformedDetail_failsTheInvocation_forTheDeadLetterQueue() {
        assertThatThrownBy(() -> deliver(BusEvents.envelope())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aws.events/Scheduled Event");
        ObjectNode noSite = BusEvents.checklistEvaluated("ev-1", "sub-1", "demo-site", "u-1", "FAIL", T, false);
        ((ObjectNode) noSite.get("detail")).remove("siteId");
        assertThatThrownBy(() -> deliver(noSite)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siteId");
        assertThat(alerts.sent()).isEmpty();
    }

    // ---- outbreak ---------------------------------------------------------------------------------------------

    void gastroFail(String eventId, String site, String worker, Instant at) {
        deliver(BusEvents.checklistEvaluated(eventId, "sub-" + eventId, site, worker, "FAIL", at, true));
    }

    List<SiteAlert> outbreaks() {
        return alerts.sent().stream().filter(a -> a.kind() == SiteAlert.Kind.OUTBREAK).toList();
    }

    @Test
    void twoGastroFails_inADay_areNoOutbreak() {
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-1", T.plus(Duration.ofHours(3)));

        assertThat(outbreaks()).isEmpty();
        assertThat(alerts.sent()).hasSize(2);
    }

    @Test
    void threeGastroFails_within23h59_raiseOneOutbreakAlert_namingCountAndDepartments_notSymptoms() {
        handler = new ChecklistAlertHandler(NotificationWiring.of(alerts, new InMemoryDeliveryLedger(),
                new InMemoryOutbreakLedger(), new FixedWorkerDepartments().with("demo-site", "u-1", "생산1팀")
                        .with("demo-site", "u-2", "포장팀").with("demo-site", "u-3", "생산1팀"),
                new AdminLinks("https://gate.example.com/admin/"), new MutableClock(T)));
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-2", T.plus(Duration.ofHours(5)));
        gastroFail("c", "demo-site", "u-3", T.plus(Duration.ofHours(23).plusMinutes(59)));

        assertThat(outbreaks()).singleElement().satisfies(a -> {
            assertThat(a.siteId()).isEqualTo("demo-site");
            assertThat(a.text()).contains("3건", "생산1팀, 포장팀", "3 exclusions", "Departments: 생산1팀, 포장팀");
            assertThat(a.text() + a.shortText() + a.subject())
                    .doesNotContain("구토", "설사", "황달", "vomit", "diarrh", "jaundice", "u-1", "u-2", "u-3");
            assertThat(a.link()).isEqualTo("https://gate.example.com/admin/today");
        });
        assertThat(alerts.sent()).hasSize(4); // three verdict alerts and the outbreak
    }

    @Test
    void threeGastroFails_spread24h01_areNoOutbreak() {
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-1", T.plus(Duration.ofHours(12)));
        gastroFail("c", "demo-site", "u-1", T.plus(Duration.ofHours(24).plusMinutes(1)));

        assertThat(outbreaks()).isEmpty();
    }

    @Test
    void aFourthAndFifthGastroFail_raiseNoSecondOutbreakAlert() {
        for (int i = 0; i < 5; i++) {
            gastroFail("e" + i, "demo-site", "u-1", T.plus(Duration.ofHours(i)));
        }

        assertThat(outbreaks()).hasSize(1);
    }

    @Test
    void gastroFailsAtTwoSites_areCountedPerSite() {
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-1", T.plusSeconds(60));
        gastroFail("c", "other-site", "u-9", T.plusSeconds(120));
        gastroFail("d", "other-site", "u-9", T.plusSeconds(180));

        assertThat(outbreaks()).isEmpty();

        gastroFail("e", "other-site", "u-9", T.plusSeconds(240));

        assertThat(outbreaks()).singleElement().satisfies(a -> {
            assertThat(a.siteId()).isEqualTo("other-site");
            assertThat(a.text()).contains("부서 미지정");
        });
    }

    @Test
    void failsThatAreNotGastroIntestinal_doNotCount() {
        deliver(BusEvents.checklistEvaluated("a", "sub-a", "demo-site", "u-1", "FAIL", T, false));
        deliver(BusEvents.checklistEvaluated("b", "sub-b", "demo-site", "u-1", "FAIL", T.plusSeconds(1), false));
        deliver(BusEvents.checklistEvaluated("c", "sub-c", "demo-site", "u-1", "FAIL", T.plusSeconds(2), false));

        assertThat(outbreaks()).isEmpty();
    }

    @Test
    void theThirdFailDeliveredTwice_stillRaisesOneOutbreakAlert() {
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-1", T.plusSeconds(60));
        gastroFail("c", "demo-site", "u-1", T.plusSeconds(120));
        gastroFail("c", "demo-site", "u-1", T.plusSeconds(120));

        assertThat(outbreaks()).hasSize(1);
    }

    @Test
    void whenTheOutbreakAlertFails_theRetryRaisesIt_andTheVerdictAlertIsNotRepeated() {
        gastroFail("a", "demo-site", "u-1", T);
        gastroFail("b", "demo-site", "u-1", T.plusSeconds(60));
        ObjectNode third = BusEvents.checklistEvaluated("c", "sub-c", "demo-site", "u-1", "FAIL", T.plusSeconds(120),
                true);
        alerts.failNext(1, SiteAlert.Kind.OUTBREAK);

        assertThatThrownBy(() -> deliver(third)).isInstanceOf(AlertDeliveryException.class);
        assertThat(outbreaks()).isEmpty();
        deliver(third);

        assertThat(outbreaks()).hasSize(1);
        assertThat(alerts.sent().stream().filter(a -> a.link().endsWith("/review/sub-c"))).hasSize(1);
    }
}
