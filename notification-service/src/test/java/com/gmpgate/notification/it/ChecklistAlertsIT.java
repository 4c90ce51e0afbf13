package com.gmpgate.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RecordingSiteAlerts;
import com.gmpgate.notification.application.AdminLinks;
import com.gmpgate.notification.application.AlertSupervisors;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert use case on the real ledgers (dynalite: conditional writes), with deliveries racing. */
@LocalAwsTest
class ChecklistAlertsIT {

    static final Instant T = Instant.parse("2026-03-02T06:15:00Z");

    RecordingSiteAlerts alerts;
    AlertSupervisors use;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        Map<String, String> environment = aws.endpoints().dynamoDbEnvironment();
        environment.putAll(Map.of(
                DynamoDbSettings.NOTIFICATIONS_TABLE, aws.tableName("NotificationsTable"),
                DynamoDbSettings.USERS_TABLE, aws.tableName("UsersTable")));
        DynamoDbSettings settings = DynamoDbSettings.of(environment);
        DynamoDbStores stores = new DynamoDbStores(settings, DynamoDbClients.create(settings));
        alerts = new RecordingSiteAlerts();
        use = new AlertSupervisors(alerts, stores.deliveries(), stores.outbreaks(), stores.workerDepartments(),
                new AdminLinks("http://localhost:3000/admin/"), new MutableClock(T));
    }

    static ChecklistEvaluated fail(String site, String submission, Instant at, boolean gastro) {
        return new ChecklistEvaluated(submission, site, "u-" + submission, LocalDate.of(2026, 3, 2), Verdict.FAIL,
                ChecklistEvaluated.Trigger.SUBMISSION, at, Optional.empty(), Optional.empty(), gastro);
    }

    @Test
    void tenConcurrentDeliveriesOfOneEvent_sendOneAlert() throws Exception {
        ChecklistEvaluated event = fail("site-" + UUID.randomUUID(), "s-1", T, false);
        String eventId = UUID.randomUUID().toString();

        Race.run(10, i -> () -> use.handle(eventId, event));

        assertThat(alerts.sent()).hasSize(1);
    }

    @Test
    void threeGastroFailsArrivingAtOnce_raiseExactlyOneOutbreakAlert() throws Exception {
        String site = "site-" + UUID.randomUUID();

        Race.run(3, i -> () -> use.handle(UUID.randomUUID().toString(),
                fail(site, "s-" + i, T.plus(Duration.ofMinutes(i)), true)));

        assertThat(alerts.sent().stream().filter(a -> a.kind() == SiteAlert.Kind.OUTBREAK)).hasSize(1);
        assertThat(alerts.sent().stream().filter(a -> a.kind() == SiteAlert.Kind.VERDICT)).hasSize(3);
    }

    @Test
    void twoGastroFails_andOneAfter24h01_raiseNone() {
        String site = "site-" + UUID.randomUUID();
        use.handle("e1", fail(site, "s-1", T, true));
        use.handle("e2", fail(site, "s-2", T.plus(Duration.ofHours(2)), true));
        use.handle("e3", fail(site, "s-3", T.plus(Duration.ofHours(24).plusMinutes(1)), true));

        assertThat(alerts.sent().stream().filter(a -> a.kind() == SiteAlert.Kind.OUTBREAK)).isEmpty();
    }
}
