package com.gmpgate.gate;

import static com.gmpgate.gate.GateFixture.GUARD;
import static com.gmpgate.gate.GateFixture.NOW;
import static com.gmpgate.gate.GateFixture.SITE;
import static com.gmpgate.gate.GateFixture.offlineScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.TestDevices;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfflineSyncTest {

    private final GateFixture f = new GateFixture();

    @Test
    void entriesRunInScanOrder_whateverOrderTheyCameIn_andAnswersKeepTheOrderSent() {
        IssuedPass pass = f.pass("w-kim");
        List<OfflineScan> batch = List.of(
                offlineScan("s-out", pass.token(), Direction.OUT, NOW.minusSeconds(60)),
                offlineScan("s-in", pass.token(), Direction.IN, NOW.minusSeconds(600)));

        List<SyncResult> results = f.offline.sync(SITE, GUARD, batch);

        assertThat(results).extracting(SyncResult::scanId).containsExactly("s-out", "s-in");
        assertThat(results).allSatisfy(r -> assertThat(result(r)).isEqualTo(GateResult.ACCEPTED));
        assertThat(f.log.all()).extracting(AccessLogEntry::scanId).containsExactly("s-in", "s-out");
        assertThat(f.log.all()).allSatisfy(e -> assertThat(e.offline()).isTrue());
        assertThat(f.log.all()).extracting(AccessLogEntry::at)
                .containsExactly(NOW.minusSeconds(600), NOW.minusSeconds(60));
        assertThat(f.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void aPassExpiredNow_butValidWhenScanned_isAccepted() {
        IssuedPass pass = f.pass("w-kim");
        Instant scannedAt = NOW.plus(Duration.ofHours(11));
        f.clock.set(NOW.plus(Duration.ofHours(14)));

        List<SyncResult> results = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("s-1", pass.token(), Direction.IN, scannedAt)));

        assertThat(result(results.get(0))).isEqualTo(GateResult.ACCEPTED);
    }

    @Test
    void aScanAfterExpiry_isRejectedAsExpired_evenThoughSyncedLater() {
        IssuedPass pass = f.pass("w-kim");
        f.clock.set(NOW.plus(Duration.ofHours(14)));

        SyncResult result = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("s-1", pass.token(), Direction.IN, NOW.plus(Duration.ofHours(13))))).get(0);

        assertThat(reason(result)).contains(GateRejection.EXPIRED);
    }

    @Test
    void revocation_countsFromItsOwnTime() {
        IssuedPass pass = f.pass("w-kim");
        f.passStore.revoke(pass.id(), "FAIL on re-screen", NOW.minusSeconds(300));

        List<SyncResult> results = f.offline.sync(SITE, GUARD, List.of(
                offlineScan("before", pass.token(), Direction.IN, NOW.minusSeconds(900)),
                offlineScan("after", pass.token(), Direction.OUT, NOW.minusSeconds(120))));

        assertThat(result(results.get(0))).isEqualTo(GateResult.ACCEPTED);
        assertThat(reason(results.get(1))).contains(GateRejection.REVOKED);
    }

    @Test
    void everyRejectionIsLogged_offline_withItsReason() {
        IssuedPass pass = f.pass("w-kim");

        List<SyncResult> results = f.offline.sync(SITE, GUARD, List.of(
                offlineScan("junk", "junk", Direction.IN, NOW.minusSeconds(50)),
                offlineScan("out-first", pass.token(), Direction.OUT, NOW.minusSeconds(40))));

        assertThat(results).extracting(OfflineSyncTest::reason)
                .containsExactly(Optional.of(GateRejection.MALFORMED), Optional.of(GateRejection.NOT_INSIDE));
        assertThat(f.log.all()).hasSize(2).allSatisfy(e -> assertThat(e.offline()).isTrue());
    }

    /**
     * A rotating code decided offline is judged at sync as of its scan time, which is the gate's clock corrected by
     * the server's {@code Date}: a gate 30 s slow that corrected itself is accepted minutes later; the same scan dated
     * by the uncorrected clock (three steps back) is refused, as the gate itself would have refused it.
     */
    @Test
    void aRotatingCodeScannedOffline_byAGate30sSlowThatCorrectedItsClock_isAcceptedWhenSyncedLater() {
        TestDevices.Phone phone = TestDevices.register(f.devices, "w-kim", SITE, NOW.minus(Duration.ofHours(2)));
        IssuedPass pass = f.passes.forWorker("w-kim").id(UUID.randomUUID().toString()).site(SITE)
                .issuedAt(NOW.minusSeconds(1800)).boundTo(phone.key().thumbprint()).issue();
        Instant shown = NOW.minus(Duration.ofMinutes(10));
        String code = phone.code(pass.id(), shown, SITE);
        Instant gateClock = shown.minusSeconds(30);
        Instant corrected = gateClock.plusSeconds(30).plusMillis(400); // within the Date header's second

        List<SyncResult> results = f.offline.sync(SITE, GUARD, List.of(
                offlineScan("corrected", code, Direction.IN, corrected),
                offlineScan("uncorrected", code, Direction.OUT, gateClock)));

        assertThat(results).extracting(OfflineSyncTest::reason)
                .containsExactly(Optional.empty(), Optional.of(GateRejection.CODE_EXPIRED));
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();
    }

    @Test
    void scansFromTheFuture_beyondTheSkew_areNotTaken_butASmallSkewIs() {
        IssuedPass pass = f.pass("w-kim");

        List<SyncResult> results = f.offline.sync(SITE, GUARD, List.of(
                offlineScan("far", pass.token(), Direction.IN, NOW.plus(Duration.ofMinutes(10))),
                offlineScan("near", pass.token(), Direction.IN, NOW.plusSeconds(30)),
                offlineScan("ancient", pass.token(), Direction.IN, NOW.minus(Duration.ofDays(8)))));

        assertThat(results.get(0).notTaken()).contains("SCANNED_AT_IN_FUTURE");
        assertThat(result(results.get(1))).isEqualTo(GateResult.ACCEPTED);
        assertThat(results.get(2).notTaken()).contains("SCANNED_AT_TOO_OLD");
        assertThat(f.log.all()).extracting(AccessLogEntry::scanId).containsExactly("near");
    }

    @Test
    void sendingTheBatchAgain_answersTheSame_andLogsAndMovesNothingMore() {
        List<OfflineScan> batch = aDaysBatch();
        List<SyncResult> first = f.offline.sync(SITE, GUARD, batch);
        int moves = f.presence.moves();
        f.clock.advance(Duration.ofMinutes(5));

        List<SyncResult> again = f.offline.sync(SITE, GUARD, batch);

        assertThat(entries(again)).isEqualTo(entries(first));
        assertThat(again).allSatisfy(r -> assertThat(r.outcome().orElseThrow().repeated()).isTrue());
        assertThat(f.log.all()).hasSize(batch.size());
        assertThat(f.presence.moves()).isEqualTo(moves);
    }

    @Test
    void concurrentResendsOfOneBatch_allAnswerTheSame_withOneEntryPerScan() throws Exception {
        List<OfflineScan> batch = aDaysBatch();

        List<List<SyncResult>> answers = Race.run(8, i -> () -> f.offline.sync(SITE, GUARD, batch));

        List<AccessLogEntry> expected = entries(answers.get(0));
        assertThat(answers).allSatisfy(answer -> assertThat(entries(answer)).isEqualTo(expected));
        assertThat(f.log.all()).hasSize(batch.size());
        assertThat(expected).extracting(AccessLogEntry::result)
                .containsExactly(GateResult.ACCEPTED, GateResult.ACCEPTED, GateResult.REJECTED, GateResult.ACCEPTED);
        assertThat(f.presence.moves()).isEqualTo(3);
    }

    @Test
    void aScanIdAlreadyLoggedAtAnotherGate_isNotTaken_asAConflict() {
        IssuedPass pass = f.pass("w-kim");
        GateOutcome online = f.scan(pass.token(), Direction.IN, "s-1");

        SyncResult synced = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("s-1", pass.token(), Direction.IN, NOW.minusSeconds(3)))).get(0);

        assertThat(synced.notTaken()).contains("IDEMPOTENCY_CONFLICT");
        assertThat(f.log.all()).containsExactly(online.entry());
    }

    @Test
    void aScanFirstSentOnline_thenQueuedOfflineFromTheSameGate_getsTheOnlineAnswer() {
        IssuedPass pass = f.pass("w-kim");
        GateOutcome online = f.gate.scan(new GateScan(SITE, GUARD, "s-1", pass.token(), "GATE-2", Direction.IN,
                NOW, false));

        SyncResult synced = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("s-1", pass.token(), Direction.IN, NOW.minusSeconds(3)))).get(0);

        assertThat(synced.outcome().orElseThrow().entry()).isEqualTo(online.entry());
        assertThat(synced.outcome().orElseThrow().entry().offline()).isFalse();
    }

    @Test
    void moreThanTwoHundredEntries_areRefused() {
        IssuedPass pass = f.pass("w-kim");
        List<OfflineScan> batch = new ArrayList<>();
        for (int i = 0; i <= OfflineSync.MAX_ENTRIES; i++) {
            batch.add(offlineScan("s-" + i, pass.token(), Direction.IN, NOW));
        }

        assertThatThrownBy(() -> f.offline.sync(SITE, GUARD, batch)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.log.all()).isEmpty();
    }

    @Test
    void anOlderOfflineOut_syncedAfterANewerOnlineIn_isLoggedOutOfOrder_andTheWorkerStaysInside() {
        IssuedPass pass = f.pass("w-kim");
        GateOutcome in = f.scan(pass.token(), Direction.IN); // online, now

        SyncResult out = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("old-out", pass.token(), Direction.OUT, NOW.minusSeconds(600)))).get(0);

        AccessLogEntry logged = out.outcome().orElseThrow().entry();
        assertThat(logged.result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(logged.outOfOrder()).isTrue();
        assertThat(in.entry().outOfOrder()).isFalse();
        assertThat(f.log.all()).extracting(AccessLogEntry::scanId).contains("old-out");
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();
    }

    @Test
    void anOlderOfflineIn_syncedAfterInAndOut_isLoggedOutOfOrder_andTheWorkerIsNotListedInside() {
        IssuedPass pass = f.pass("w-kim");
        f.scan(pass.token(), Direction.IN);
        f.clock.advance(Duration.ofMinutes(30));
        f.scan(pass.token(), Direction.OUT);

        SyncResult late = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("old-in", pass.token(), Direction.IN, NOW.plusSeconds(600)))).get(0);

        assertThat(late.outcome().orElseThrow().entry().outOfOrder()).isTrue();
        assertThat(result(late)).isEqualTo(GateResult.ACCEPTED);
        assertThat(f.presence.listInside(SITE)).isEmpty();
        assertThat(f.log.all()).hasSize(3);
    }

    /**
     * The decision docs/architecture.md records: a pass revoked at T and scanned IN offline at T-1 s was good when
     * the guard let the worker in, so the scan is ACCEPTED as of its time and moves presence if nothing later has;
     * a later scan already applied is never overtaken.
     */
    @Test
    void aPassRevokedAtT_scannedInAtTMinusOneSecond_isAccepted_butNeverMovesPresencePastALaterScan() {
        IssuedPass kim = f.pass("w-kim");
        Instant revokedAt = NOW.minusSeconds(300);
        f.passStore.revoke(kim.id(), "FAIL on re-screen", revokedAt);

        SyncResult admitted = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("kim-in", kim.token(), Direction.IN, revokedAt.minusSeconds(1)))).get(0);

        assertThat(result(admitted)).isEqualTo(GateResult.ACCEPTED);
        assertThat(admitted.outcome().orElseThrow().entry().outOfOrder()).isFalse();
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();

        IssuedPass lee = f.pass("w-lee");
        f.scan(lee.token(), Direction.IN);
        f.scan(lee.token(), Direction.OUT); // online, now: later than anything an offline gate still holds
        f.passStore.revoke(lee.id(), "FAIL on re-screen", revokedAt);
        SyncResult late = f.offline.sync(SITE, GUARD,
                List.of(offlineScan("lee-in", lee.token(), Direction.IN, revokedAt.minusSeconds(1)))).get(0);

        assertThat(result(late)).isEqualTo(GateResult.ACCEPTED);
        assertThat(late.outcome().orElseThrow().entry().outOfOrder()).isTrue();
        assertThat(f.presence.find(SITE, "w-lee")).isEmpty();
    }

    @Test
    void aGateClockRunningAhead_cannotDateAMovePastTheOnlineScansThatFollowIt() {
        IssuedPass pass = f.pass("w-kim");
        f.offline.sync(SITE, GUARD, List.of(offlineScan("fast-in", pass.token(), Direction.IN, NOW.plusSeconds(90))));
        f.clock.advance(Duration.ofSeconds(30));

        GateOutcome out = f.scan(pass.token(), Direction.OUT);

        assertThat(out.entry().result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(out.entry().outOfOrder()).isFalse();
        assertThat(f.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void twoGatesSyncingAtOnce_inAnyOrder_leaveTheWorkerWhereTheirLatestScanPutThem() throws Exception {
        for (int round = 0; round < 20; round++) {
            GateFixture fresh = new GateFixture();
            IssuedPass kim = fresh.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(7200)).issue();
            List<OfflineScan> gateA = new ArrayList<>();
            List<OfflineScan> gateB = new ArrayList<>();
            java.util.Random random = new java.util.Random(round);
            Direction last = null;
            for (int i = 0; i < 10; i++) {
                Direction direction = random.nextBoolean() ? Direction.IN : Direction.OUT;
                OfflineScan scan = new OfflineScan("r" + round + "-" + i, kim.token(), i % 2 == 0 ? "GATE-A" : "GATE-B",
                        direction, NOW.minusSeconds(600 - i * 30L));
                (random.nextBoolean() ? gateA : gateB).add(scan);
                last = direction;
            }
            java.util.Collections.reverse(gateB); // one gate sends newest first

            Race.run(2, i -> () -> fresh.offline.sync(SITE, GUARD, i == 0 ? gateA : gateB));

            assertThat(fresh.presence.find(SITE, "w-kim").isPresent()).as("round " + round)
                    .isEqualTo(last == Direction.IN);
            assertThat(fresh.log.all()).hasSize(gateA.size() + gateB.size());
        }
    }

    /** kim in and out, lee in, lee in again (refused), kim back in. */
    private List<OfflineScan> aDaysBatch() {
        IssuedPass kim = f.pass("w-kim");
        IssuedPass lee = f.pass("w-lee");
        return List.of(
                offlineScan("k-in", kim.token(), Direction.IN, NOW.minusSeconds(1000)),
                offlineScan("l-in", lee.token(), Direction.IN, NOW.minusSeconds(900)),
                offlineScan("l-in-again", lee.token(), Direction.IN, NOW.minusSeconds(800)),
                offlineScan("k-out", kim.token(), Direction.OUT, NOW.minusSeconds(700)));
    }

    private static List<AccessLogEntry> entries(List<SyncResult> results) {
        return results.stream().map(r -> r.outcome().orElseThrow().entry()).toList();
    }

    private static GateResult result(SyncResult r) {
        return r.outcome().orElseThrow().entry().result();
    }

    private static Optional<GateRejection> reason(SyncResult r) {
        return r.outcome().orElseThrow().entry().reason();
    }
}
