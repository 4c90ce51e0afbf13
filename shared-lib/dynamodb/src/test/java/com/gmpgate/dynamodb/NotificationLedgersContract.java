package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.notify.GastroFail;
import com.gmpgate.fakes.Race;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class NotificationLedgersContract {

    DynamoDbDeliveryLedger deliveries;
    DynamoDbOutbreakLedger outbreaks;
    DynamoDbUserStore users;
    DynamoDbWorkerDepartments departments;
    DynamoDbLiveConnections connections;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        deliveries = new DynamoDbDeliveryLedger(TestClients.dynamoDb(aws), aws.tableName("NotificationsTable"));
        outbreaks = new DynamoDbOutbreakLedger(TestClients.dynamoDb(aws), aws.tableName("NotificationsTable"));
        users = new DynamoDbUserStore(TestClients.dynamoDb(aws), aws.tableName("UsersTable"), TestClients.CURSORS);
        departments = new DynamoDbWorkerDepartments(TestClients.dynamoDb(aws), aws.tableName("UsersTable"));
        connections = new DynamoDbLiveConnections(TestClients.dynamoDb(aws), aws.tableName("LiveConnectionsTable"));
    }

    @Test
    void twentyConcurrentClaimsOfOneEvent_letExactlyOneSend() throws Exception {
        String key = "event-" + TestData.id();

        List<Boolean> claims = Race.run(20, i -> () -> deliveries.claim(key, TestData.NOW));

        assertThat(claims).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @Test
    void aCompletedDelivery_isNotClaimedAgain_evenAfterTheLease() {
        String key = "event-" + TestData.id();
        assertThat(deliveries.claim(key, TestData.NOW)).isTrue();
        deliveries.complete(key, TestData.NOW);

        assertThat(deliveries.claim(key, TestData.NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void aReleasedClaim_canBeClaimedAgain_byTheRetry() {
        String key = "event-" + TestData.id();
        assertThat(deliveries.claim(key, TestData.NOW)).isTrue();
        deliveries.release(key);

        assertThat(deliveries.claim(key, TestData.NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aClaimLeftInProgress_lapsesAfterItsLease_butNotBefore() {
        String key = "event-" + TestData.id();
        assertThat(deliveries.claim(key, TestData.NOW)).isTrue();

        assertThat(deliveries.claim(key, TestData.NOW.plus(DynamoDbDeliveryLedger.LEASE).minusSeconds(1))).isFalse();
        assertThat(deliveries.claim(key, TestData.NOW.plus(DynamoDbDeliveryLedger.LEASE).plusSeconds(1))).isTrue();
    }

    @Test
    void between_listsASitesFailsInTheWindow_bothEndsIncluded_notOtherSites() {
        String site = "site-" + TestData.id();
        Instant t = TestData.NOW;
        outbreaks.record(new GastroFail(site, "s-before", "A", t.minusMillis(1)));
        outbreaks.record(new GastroFail(site, "s-from", "A", t));
        outbreaks.record(new GastroFail(site, "s-to", "B", t.plus(Duration.ofHours(24))));
        outbreaks.record(new GastroFail(site, "s-after", "B", t.plus(Duration.ofHours(24)).plusMillis(1)));
        outbreaks.record(new GastroFail("other-" + site, "s-other", "A", t.plusSeconds(5)));

        assertThat(outbreaks.between(site, t, t.plus(Duration.ofHours(24))))
                .extracting(GastroFail::submissionId).containsExactly("s-from", "s-to");
    }

    @Test
    void recordingTheSameFailTwice_countsItOnce() {
        String site = "site-" + TestData.id();
        GastroFail fail = new GastroFail(site, "s-1", "생산1팀", TestData.NOW);
        outbreaks.record(fail);
        outbreaks.record(fail);

        assertThat(outbreaks.between(site, TestData.NOW.minusSeconds(1), TestData.NOW.plusSeconds(1)))
                .containsExactly(fail);
    }

    @Test
    void concurrentOutbreakClaims_letOneAlert_andNoneAgainUntilTheQuietPeriodIsOver() throws Exception {
        String site = "site-" + TestData.id();
        Instant t = TestData.NOW;

        List<Boolean> claims = Race.run(10, i -> () -> outbreaks.claimAlert(site, t, t.minus(Duration.ofHours(24))));

        assertThat(claims).filteredOn(Boolean::booleanValue).hasSize(1);
        Instant later = t.plus(Duration.ofHours(23));
        assertThat(outbreaks.claimAlert(site, later, later.minus(Duration.ofHours(24)))).isFalse();
        Instant dayAfter = t.plus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(outbreaks.claimAlert(site, dayAfter, dayAfter.minus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void aReleasedOutbreakClaim_canBeClaimedAgain() {
        String site = "site-" + TestData.id();
        Instant t = TestData.NOW;
        assertThat(outbreaks.claimAlert(site, t, t.minus(Duration.ofHours(24)))).isTrue();
        outbreaks.releaseAlert(site, t);

        assertThat(outbreaks.claimAlert(site, t.plusSeconds(1), t.minus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void aWorkersDepartment_isReadAtTheirOwnSiteOnly() {
        var worker = TestData.user("site-" + TestData.id(), "w" + TestData.id().substring(0, 8));
        users.create(worker);

        assertThat(departments.departmentOf(worker.siteId(), worker.id())).contains("생산1팀");
        assertThat(departments.departmentOf("another-site", worker.id())).isEmpty();
        assertThat(departments.departmentOf(worker.siteId(), "nobody")).isEmpty();
    }

    @Test
    void liveConnections_areListedBySite_andRemovedByConnectionId() {
        String site = "site-" + TestData.id();
        connections.add(new com.gmpgate.domain.notify.LiveConnection("c-1", site, "u-admin", TestData.NOW));
        connections.add(new com.gmpgate.domain.notify.LiveConnection("c-2", site, "u-admin2", TestData.NOW));
        connections.add(new com.gmpgate.domain.notify.LiveConnection("c-3", "other-" + site, "u-x", TestData.NOW));

        connections.remove("c-2");
        connections.remove("never-there");

        assertThat(connections.ofSite(site)).extracting(com.gmpgate.domain.notify.LiveConnection::connectionId)
                .containsExactly("c-1");
    }
}
