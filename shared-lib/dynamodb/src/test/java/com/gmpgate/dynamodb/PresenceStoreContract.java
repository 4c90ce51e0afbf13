package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.Presence;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import com.gmpgate.fakes.Race;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class PresenceStoreContract {

    DynamoDbPresenceStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbPresenceStore(TestClients.dynamoDb(aws), aws.tableName("PresenceTable"));
    }

    @Test
    void twentyParallelInScansForOneWorker_letExactlyOneIn() throws Exception {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        int attempts = 20;
        List<String> outcomes = Race.run(attempts, i -> () -> {
            String gate = "gate-" + i;
            try {
                store.enter(site, worker, gate, "pass-1", "scan-" + gate, TestData.NOW);
                return "IN";
            } catch (PresenceConflictException e) {
                return e.alreadyInside() ? "ALREADY_INSIDE" : "NOT_INSIDE";
            }
        });

        assertThat(outcomes).filteredOn("IN"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("ALREADY_INSIDE"::equals).hasSize(attempts - 1);
        assertThat(store.listInside(site)).extracting(Presence::workerId).containsExactly(worker);
    }

    @Test
    void aWorkerInsideUnderConditions_isListedWithTheirWords_andTheNextEntryReplacesThem() {
        String site = "site-" + TestData.id();
        Condition gloves = new Condition("GLOVES_OVER_COVERED_WOUND", LocalizedText.of(
                "방수 커버로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요.", "Work with a single-use glove over the impermeable cover."));

        Presence in = store.enter(site, "w1", "gate-1", "pass-1", "scan-1", TestData.NOW, List.of(gloves));

        assertThat(in.conditions()).containsExactly(gloves);
        assertThat(store.listInside(site)).singleElement().extracting(Presence::conditions).asList()
                .containsExactly(gloves);
        assertThat(store.find(site, "w1").orElseThrow().conditions()).containsExactly(gloves);
        store.exit(site, "w1", "gate-1", "scan-2", TestData.NOW.plusSeconds(60));
        store.enter(site, "w1", "gate-1", "pass-2", "scan-3", TestData.NOW.plusSeconds(120));
        assertThat(store.find(site, "w1").orElseThrow().conditions()).as("a pass without conditions").isEmpty();
    }

    @Test
    void out_endsThePresence_andASecondOutIsRefusedAsNotInside() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        Presence entered = store.enter(site, worker, "gate-a", "pass-1", "scan-1", TestData.NOW);

        Presence ended = store.exit(site, worker, "gate-b", "scan-2", TestData.NOW.plusSeconds(3600));

        assertThat(ended).isEqualTo(entered);
        assertThat(ended).isEqualTo(new Presence(site, worker, TestData.NOW, "gate-a", "pass-1"));
        assertThat(store.find(site, worker)).isEmpty();
        assertThat(store.listInside(site)).isEmpty();
        assertThatThrownBy(() -> store.exit(site, worker, "gate-b", "scan-3", TestData.NOW.plusSeconds(3700)))
                .isInstanceOfSatisfying(PresenceConflictException.class, e -> assertThat(e.alreadyInside()).isFalse());
    }

    @Test
    void out_isRefused_forAWorkerWhoNeverCameIn_andInWorksAgainAfterOut() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();

        assertThatThrownBy(() -> store.exit(site, worker, "gate-a", "scan-1", TestData.NOW))
                .isInstanceOf(PresenceConflictException.class);

        store.enter(site, worker, "gate-a", "pass-1", "scan-2", TestData.NOW);
        store.exit(site, worker, "gate-a", "scan-3", TestData.NOW.plusSeconds(60));
        Presence again = store.enter(site, worker, "gate-c", "pass-2", "scan-4", TestData.NOW.plusSeconds(120));

        assertThat(store.find(site, worker)).contains(again);
        assertThat(store.find("another-site", worker)).isEmpty();
    }
    @Test
    void theSameInScanAgain_findsItsOwnPresence_evenAfterTheWorkerLeft_andMovesNobody() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        Presence entered = store.enter(site, worker, "gate-a", "pass-1", "scan-in", TestData.NOW);

        assertThat(store.enter(site, worker, "gate-a", "pass-1", "scan-in", TestData.NOW.plusSeconds(5)))
                .isEqualTo(entered);
        store.exit(site, worker, "gate-a", "scan-out", TestData.NOW.plusSeconds(60));

        // a retry of the IN that arrives after the OUT must not bring the worker back in
        assertThat(store.enter(site, worker, "gate-a", "pass-1", "scan-in", TestData.NOW.plusSeconds(90)))
                .isEqualTo(entered);
        assertThat(store.find(site, worker)).isEmpty();
        Presence next = store.enter(site, worker, "gate-b", "pass-1", "scan-next", TestData.NOW.plusSeconds(120));
        assertThat(store.find(site, worker)).contains(next);
    }

    @Test
    void theSameOutScanAgain_doesNotEndTheNextStay() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        store.enter(site, worker, "gate-a", "pass-1", "scan-1", TestData.NOW);
        store.exit(site, worker, "gate-a", "scan-out", TestData.NOW.plusSeconds(60));
        Presence back = store.enter(site, worker, "gate-b", "pass-1", "scan-3", TestData.NOW.plusSeconds(120));

        store.exit(site, worker, "gate-a", "scan-out", TestData.NOW.plusSeconds(130));

        assertThat(store.find(site, worker)).contains(back);
    }

    @Test
    void twentyParallelCopiesOfOneInScan_allSucceed_andTheWorkerIsInsideOnce() throws Exception {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        int copies = 20;
        List<Presence> presences = Race.run(copies, i -> () ->
                store.enter(site, worker, "gate-a", "pass-1", "scan-once", TestData.NOW.plusMillis(i)));

        assertThat(presences).hasSize(copies).containsOnly(presences.get(0));
        assertThat(store.listInside(site)).containsExactly(presences.get(0));
    }

    @Test
    void anOlderOut_syncedAfterANewerIn_leavesTheWorkerInside() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        Presence inside = store.enter(site, worker, "gate-a", "pass-1", "in-online", TestData.NOW.plusSeconds(100));

        assertThatThrownBy(() -> store.exit(site, worker, "gate-b", "out-offline", TestData.NOW.plusSeconds(50)))
                .isInstanceOf(PresenceOutOfOrderException.class);

        assertThat(store.find(site, worker)).contains(inside);
        assertThat(store.listInside(site)).containsExactly(inside);
    }

    @Test
    void anOlderIn_syncedAfterInAndOut_doesNotListTheWorkerInside() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        store.enter(site, worker, "gate-a", "pass-1", "in", TestData.NOW);
        store.exit(site, worker, "gate-a", "out", TestData.NOW.plusSeconds(100));

        assertThatThrownBy(() -> store.enter(site, worker, "gate-b", "pass-1", "in-offline", TestData.NOW.plusSeconds(50)))
                .isInstanceOf(PresenceOutOfOrderException.class);

        assertThat(store.find(site, worker)).isEmpty();
        assertThat(store.listInside(site)).isEmpty();
        // a newer scan still moves them
        store.enter(site, worker, "gate-b", "pass-1", "in-later", TestData.NOW.plusSeconds(150));
        assertThat(store.find(site, worker)).isPresent();
    }

    @Test
    void anAntiPassbackRefusal_holdsPresenceAgainstOlderScansToo() {
        String site = "site-" + TestData.id();
        String worker = TestData.id();
        store.enter(site, worker, "gate-a", "pass-1", "in", TestData.NOW);
        assertThatThrownBy(() -> store.enter(site, worker, "gate-a", "pass-1", "in-again", TestData.NOW.plusSeconds(100)))
                .isInstanceOf(PresenceConflictException.class);

        // an OUT the worker made before that refused IN cannot take them out now
        assertThatThrownBy(() -> store.exit(site, worker, "gate-b", "out-offline", TestData.NOW.plusSeconds(50)))
                .isInstanceOf(PresenceOutOfOrderException.class);
        assertThat(store.find(site, worker)).isPresent();

        String stranger = TestData.id();
        assertThatThrownBy(() -> store.exit(site, stranger, "gate-a", "out", TestData.NOW.plusSeconds(100)))
                .isInstanceOf(PresenceConflictException.class);
        assertThatThrownBy(() -> store.enter(site, stranger, "gate-b", "pass-2", "in-offline", TestData.NOW.plusSeconds(50)))
                .isInstanceOf(PresenceOutOfOrderException.class);
        assertThat(store.find(site, stranger)).isEmpty();
    }

    /**
     * Offline gates syncing at the same time, each entry in any order: whatever arrives when, the worker ends
     * where the latest scan in scan time put them, and every call ends in one of the three documented ways.
     */
    @Test
    void concurrentSyncsInAnyOrder_leaveTheWorkerWhereTheLatestScanPutThem() throws Exception {
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 15; round++) {
            String site = "site-" + TestData.id();
            String worker = TestData.id();
            int scans = 12;
            List<Integer> seconds = new ArrayList<>();
            for (int i = 0; i < scans; i++) {
                seconds.add(i * 10);
            }
            java.util.Collections.shuffle(seconds, random);
            boolean[] in = new boolean[scans];
            int latest = 0;
            for (int i = 0; i < scans; i++) {
                in[i] = random.nextBoolean();
                if (seconds.get(i) > seconds.get(latest)) {
                    latest = i;
                }
            }
            List<String> outcomes = Race.run(scans, i -> () -> {
                Instant at = TestData.NOW.plusSeconds(seconds.get(i));
                String scan = "scan-" + i;
                try {
                    if (in[i]) {
                        store.enter(site, worker, "gate-a", "pass-1", scan, at);
                    } else {
                        store.exit(site, worker, "gate-a", scan, at);
                    }
                    return "MOVED";
                } catch (PresenceOutOfOrderException e) {
                    return "OUT_OF_ORDER";
                } catch (PresenceConflictException e) {
                    return "ANTI_PASSBACK";
                }
            });
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isIn("MOVED", "OUT_OF_ORDER",
                    "ANTI_PASSBACK"));
            assertThat(store.find(site, worker).isPresent()).as("round %d: the latest scan was %s", round,
                    in[latest] ? "IN" : "OUT").isEqualTo(in[latest]);
        }
    }
}
