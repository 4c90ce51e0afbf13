package com.gmpgate.gate;

import static com.gmpgate.gate.GateFixture.GUARD;
import static com.gmpgate.gate.GateFixture.NOW;
import static com.gmpgate.gate.GateFixture.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.GateEvents;
import com.gmpgate.port.IdempotencyConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateCheckTest {

    private final GateFixture f = new GateFixture();

    @Test
    void aGoodPass_goesIn_namesTheWorker_andIsLogged() {
        IssuedPass pass = f.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND").issue();

        GateOutcome outcome = f.scan(pass.token(), Direction.IN, "scan-1");

        AccessLogEntry entry = outcome.entry();
        assertThat(entry.result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(entry.reason()).isEmpty();
        assertThat(entry.workerId()).contains("w-kim");
        assertThat(entry.workerName()).contains("김민수");
        assertThat(entry.passId()).contains(pass.id());
        assertThat(entry.scannedBy()).isEqualTo(GUARD);
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.siteDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(entry.offline()).isFalse();
        assertThat(outcome.worker()).contains(new GateWorker("w-kim", Optional.of("김민수"), Optional.of("생산1팀")));
        assertThat(outcome.pass().orElseThrow().conditions()).containsExactly("GLOVES_OVER_COVERED_WOUND");
        assertThat(outcome.repeated()).isFalse();
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();
        assertThat(f.log.all()).containsExactly(entry);
    }

    @Test
    void theConditions_areWordedByThePassesOwnRulePack_notTheFirstPackThatHasTheCode() {
        RulePack us = RulePacks.shipped().get("us-fda-food-code");
        RulePack kr = RulePacks.shipped().defaultPack();
        IssuedPass usPass = glovesPass("w-kim", us);
        IssuedPass krPass = glovesPass("w-lee", kr);
        Condition usWords = us.conditions().get("GLOVES_OVER_COVERED_WOUND");
        assertThat(usWords.message()).isNotEqualTo(kr.conditions().get("GLOVES_OVER_COVERED_WOUND").message());

        assertThat(f.scan(usPass.token(), Direction.IN, "scan-us").conditions()).containsExactly(usWords);
        assertThat(f.scan(usPass.token(), Direction.IN, "scan-us").conditions()).as("a repeated scan id")
                .containsExactly(usWords);
        assertThat(f.scan(usPass.token(), Direction.IN, "scan-us-again").conditions()).as("refused: already inside")
                .containsExactly(usWords);
        assertThat(f.scan(krPass.token(), Direction.IN, "scan-kr").conditions())
                .containsExactly(kr.conditions().get("GLOVES_OVER_COVERED_WOUND"));
    }

    @Test
    void theLogAndPresenceKeepTheConditionsAnEntryWasMadeUnder_inThePassesOwnWords_andARefusalNone() {
        RulePack us = RulePacks.shipped().get("us-fda-food-code");
        RulePack kr = RulePacks.shipped().defaultPack();
        IssuedPass usPass = glovesPass("w-kim", us);
        IssuedPass krPass = glovesPass("w-lee", kr);

        AccessLogEntry usIn = f.scan(usPass.token(), Direction.IN, "scan-us").entry();
        AccessLogEntry usRefused = f.scan(usPass.token(), Direction.IN, "scan-us-again").entry();
        AccessLogEntry krIn = f.scan(krPass.token(), Direction.IN, "scan-kr").entry();

        assertThat(usIn.conditions()).containsExactly(us.conditions().get("GLOVES_OVER_COVERED_WOUND"));
        assertThat(krIn.conditions()).containsExactly(kr.conditions().get("GLOVES_OVER_COVERED_WOUND"));
        assertThat(usRefused.reason()).contains(GateRejection.ALREADY_INSIDE);
        assertThat(usRefused.conditions()).isEmpty();
        assertThat(f.log.all()).contains(usIn, usRefused, krIn);
        assertThat(f.presence.find(SITE, "w-kim").orElseThrow().conditions()).as("inside under them")
                .containsExactly(us.conditions().get("GLOVES_OVER_COVERED_WOUND"));
        assertThat(f.presence.find(SITE, "w-lee").orElseThrow().conditions())
                .containsExactly(kr.conditions().get("GLOVES_OVER_COVERED_WOUND"));
    }

    /** A conditional pass whose record words GLOVES_OVER_COVERED_WOUND as {@code pack} does. */
    private IssuedPass glovesPass(String workerId, RulePack pack) {
        return f.passes.forWorker(workerId).site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions(pack, "GLOVES_OVER_COVERED_WOUND").issue();
    }

    @Test
    void aConditionTheRecordDoesNotWord_standsForItself_andAForgedTokenShowsNoConditions() {
        IssuedPass unrecorded = f.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND").unrecorded().issue();

        GateOutcome outcome = f.scan(unrecorded.token(), Direction.IN);

        assertThat(outcome.entry().reason()).contains(GateRejection.REVOKED);
        assertThat(outcome.conditions()).containsExactly(new Condition("GLOVES_OVER_COVERED_WOUND",
                LocalizedText.of("GLOVES_OVER_COVERED_WOUND", "GLOVES_OVER_COVERED_WOUND")));
        IssuedPass recorded = f.passes.forWorker("w-lee").site(SITE).issuedAt(NOW.minusSeconds(60))
                .conditions("GLOVES_OVER_COVERED_WOUND").issue();
        assertThat(f.scan(f.passes.signedByAStranger(recorded), Direction.IN).conditions()).isEmpty();
    }

    @Test
    void eachLoggedScan_isAnnouncedOnce_withoutTheWorkersName_andARepeatedScanIdNotAgain() {
        IssuedPass pass = f.pass("w-kim");

        AccessLogEntry in = f.scan(pass.token(), Direction.IN, "scan-1").entry();
        f.scan(pass.token(), Direction.IN, "scan-1");
        AccessLogEntry refused = f.scan(pass.token(), Direction.IN, "scan-2").entry();

        assertThat(f.announced).extracting(GateScanned::logId).containsExactly(in.id(), refused.id());
        GateScanned first = f.announced.get(0);
        assertThat(first.workerId()).contains("w-kim");
        assertThat(first.result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(first.gateId()).isEqualTo("GATE-1");
        assertThat(f.announced.get(1).reason()).contains(GateRejection.ALREADY_INSIDE);
    }

    @Test
    void theSiteDate_isThePlantsCalendarDay_notUtcs() {
        f.clock.set(Instant.parse("2026-03-02T16:00:00Z")); // 01:00 on the 3rd in Seoul
        IssuedPass pass = f.passes.forWorker("w-kim").site(SITE).issuedAt(f.clock.instant().minusSeconds(60)).issue();

        assertThat(f.scan(pass.token(), Direction.IN).entry().siteDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void garbage_isRejectedAsMalformed_andLoggedWithoutAWorker() {
        GateOutcome outcome = f.scan("hello, I am not a pass", Direction.IN);

        assertRejected(outcome, GateRejection.MALFORMED);
        assertThat(outcome.entry().workerId()).isEmpty();
        assertThat(outcome.entry().passId()).isEmpty();
        assertThat(outcome.worker()).isEmpty();
        assertThat(f.log.all()).hasSize(1);
    }

    @Test
    void aForgedSignature_isRejected_andItsClaimsAreNotBelieved() {
        IssuedPass pass = f.pass("w-kim");

        GateOutcome outcome = f.scan(f.passes.signedByAStranger(pass), Direction.IN);

        assertRejected(outcome, GateRejection.INVALID_SIGNATURE);
        assertThat(outcome.entry().workerId()).isEmpty();
        assertThat(outcome.worker()).isEmpty();
        assertThat(f.presence.find(SITE, "w-kim")).isEmpty();
    }

    @Test
    void beforeAnyKeyExists_nothingIsGenuine_butGarbageIsStillMalformed() {
        GateCheck keyless = new GateCheck(Optional::empty, TestPasses.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
                f.passStore, f.workerDays, f.presence, f.log, f.users, f.devices, StaticPasses.EVERYWHERE,
                GateFixture.SEOUL, f.clock, () -> "log-x", GateEvents.NONE);

        assertRejected(keyless.scan(new GateScan(SITE, GUARD, "s-1", f.pass("w-kim").token(), "GATE-1",
                Direction.IN, NOW, false)), GateRejection.INVALID_SIGNATURE);
        assertRejected(keyless.scan(new GateScan(SITE, GUARD, "s-2", "junk", "GATE-1", Direction.IN, NOW, false)),
                GateRejection.MALFORMED);
    }

    @Test
    void anExpiredPass_isRejected_butTheLogSaysWhose() {
        IssuedPass pass = f.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minus(Duration.ofHours(13))).issue();

        GateOutcome outcome = f.scan(pass.token(), Direction.IN);

        assertRejected(outcome, GateRejection.EXPIRED);
        assertThat(outcome.entry().workerId()).contains("w-kim");
        assertThat(outcome.entry().workerName()).contains("김민수");
    }

    @Test
    void aPassNotValidYet_isRejected() {
        IssuedPass pass = f.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.plus(Duration.ofMinutes(5))).issue();

        assertRejected(f.scan(pass.token(), Direction.IN), GateRejection.NOT_YET_VALID);
    }

    @Test
    void aPassOfAnotherSite_isRejected_andTheOtherSitesWorkerIsNotNamed() {
        IssuedPass pass = f.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(60)).issue();

        GateOutcome outcome = f.scan(pass.token(), Direction.IN);

        assertRejected(outcome, GateRejection.WRONG_SITE);
        assertThat(outcome.worker()).contains(new GateWorker("w-park", Optional.empty(), Optional.empty()));
        assertThat(outcome.entry().workerName()).isEmpty();
        assertThat(f.presence.find("other-site", "w-park")).isEmpty();
    }

    @Test
    void aRevokedPass_isRejected_andDoesNotMoveTheWorker() {
        IssuedPass pass = f.pass("w-kim");
        f.passStore.revoke(pass.id(), "FAIL on re-screen", NOW.minusSeconds(10));

        assertRejected(f.scan(pass.token(), Direction.IN), GateRejection.REVOKED);
        assertThat(f.presence.moves()).isZero();
    }

    /** The worker's day as checklist-service leaves it: the pass listed, then a FAIL recorded at {@code failAt}. */
    private void failOfTheDay(IssuedPass pass, Instant failAt, int voidsBeforeThePass) {
        LocalDate day = pass.pass().issuedAt().atZone(GateFixture.SEOUL).toLocalDate();
        f.workerDays.save(new WorkerDay(SITE, pass.pass().workerId(), day, 1, Optional.of(failAt),
                Optional.of("s-fever"), Optional.empty(), List.of(failAt), Map.of(pass.id(), voidsBeforeThePass),
                Map.of(), 2));
    }

    @Test
    void aPassALaterFailOfItsDayVoided_isRejectedAsRevoked_evenIfItsRecordWasNeverRevoked() {
        IssuedPass pass = f.pass("w-kim");
        failOfTheDay(pass, NOW.minusSeconds(60), 0);

        assertRejected(f.scan(pass.token(), Direction.IN), GateRejection.REVOKED);
        assertThat(f.presence.moves()).isZero();
    }

    @Test
    void aPassListedAfterTheDaysFail_aReinstatement_isAccepted() {
        IssuedPass pass = f.pass("w-kim");
        failOfTheDay(pass, NOW.minusSeconds(3600), 1);

        assertThat(f.scan(pass.token(), Direction.IN).entry().result()).isEqualTo(GateResult.ACCEPTED);
    }

    @Test
    void anOfflineScanMadeBeforeTheFailWasRecorded_isAccepted_oneAfterIsNot() {
        IssuedPass pass = f.pass("w-kim");
        Instant failAt = NOW.minusSeconds(600);
        failOfTheDay(pass, failAt, 0);

        GateOutcome before = f.gate.scan(new GateScan(SITE, GUARD, "s-before", pass.token(), "GATE-2", Direction.IN,
                failAt.minusSeconds(1), true));
        GateOutcome after = f.gate.scan(new GateScan(SITE, GUARD, "s-after", pass.token(), "GATE-2", Direction.OUT,
                failAt.plusSeconds(1), true));

        assertThat(before.entry().result()).isEqualTo(GateResult.ACCEPTED);
        assertRejected(after, GateRejection.REVOKED);
    }

    @Test
    void aGenuineTokenWithNoPassOnRecord_isNotHonoured() {
        IssuedPass pass = f.passes.forWorker("w-kim").site(SITE).issuedAt(NOW.minusSeconds(60)).unrecorded().issue();

        assertRejected(f.scan(pass.token(), Direction.IN), GateRejection.REVOKED);
    }

    @Test
    void inTwice_isRejectedTheSecondTime_asAlreadyInside() {
        IssuedPass pass = f.pass("w-kim");
        f.scan(pass.token(), Direction.IN);

        assertRejected(f.scan(pass.token(), Direction.IN), GateRejection.ALREADY_INSIDE);
        assertThat(f.log.all()).extracting(AccessLogEntry::result)
                .containsExactly(GateResult.ACCEPTED, GateResult.REJECTED);
    }

    @Test
    void outWithoutIn_isRejected_asNotInside() {
        assertRejected(f.scan(f.pass("w-kim").token(), Direction.OUT), GateRejection.NOT_INSIDE);
    }

    @Test
    void inOutIn_isAcceptedEachTime() {
        IssuedPass pass = f.pass("w-kim");

        for (Direction direction : List.of(Direction.IN, Direction.OUT, Direction.IN)) {
            f.clock.advance(Duration.ofMinutes(30));
            assertThat(f.scan(pass.token(), direction).entry().result()).as(direction.name())
                    .isEqualTo(GateResult.ACCEPTED);
        }
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();
    }

    @Test
    void checksRunInDesignOrder_expiryBeforeSite_siteBeforeRevocation_revocationBeforeAntiPassback() {
        IssuedPass expiredElsewhere = f.passes.forWorker("w-park").site("other-site")
                .issuedAt(NOW.minus(Duration.ofHours(13))).issue();
        assertRejected(f.scan(expiredElsewhere.token(), Direction.IN), GateRejection.EXPIRED);

        IssuedPass revokedElsewhere = f.passes.forWorker("w-park").site("other-site").issuedAt(NOW.minusSeconds(9))
                .issue();
        f.passStore.revoke(revokedElsewhere.id(), "admin", NOW.minusSeconds(5));
        assertRejected(f.scan(revokedElsewhere.token(), Direction.IN), GateRejection.WRONG_SITE);

        IssuedPass revokedInside = f.pass("w-lee");
        f.scan(revokedInside.token(), Direction.IN);
        f.passStore.revoke(revokedInside.id(), "admin", NOW);
        f.clock.advance(Duration.ofSeconds(1));
        assertRejected(f.scan(revokedInside.token(), Direction.IN), GateRejection.REVOKED);
    }

    @Test
    void aRepeatedScanId_getsTheFirstAnswer_andMovesNobodyAgain() {
        IssuedPass pass = f.pass("w-kim");
        GateOutcome first = f.scan(pass.token(), Direction.IN, "scan-1");
        f.clock.advance(Duration.ofSeconds(4));

        GateOutcome again = f.scan(pass.token(), Direction.IN, "scan-1");

        assertThat(again.entry()).isEqualTo(first.entry());
        assertThat(again.entry().result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(again.repeated()).isTrue();
        assertThat(again.worker()).isEqualTo(first.worker());
        assertThat(f.presence.moves()).isEqualTo(1);
        assertThat(f.log.all()).hasSize(1);
    }

    @Test
    void aRepeatedRejection_staysTheSameRejection() {
        IssuedPass pass = f.pass("w-kim");
        f.scan(pass.token(), Direction.OUT, "scan-out");
        f.scan(pass.token(), Direction.IN, "scan-in");

        // now the worker is inside, but the OUT scan's answer was NOT_INSIDE and stays so
        assertRejected(f.scan(pass.token(), Direction.OUT, "scan-out"), GateRejection.NOT_INSIDE);
        assertThat(f.presence.find(SITE, "w-kim")).isPresent();
    }

    @Test
    void aScanIdReusedForAnotherGateDirectionOrPass_isAConflict() {
        IssuedPass pass = f.pass("w-kim");
        f.scan(pass.token(), Direction.IN, "scan-1");

        assertThatThrownBy(() -> f.scan(pass.token(), Direction.OUT, "scan-1"))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> f.gate.scan(new GateScan(SITE, GUARD, "scan-1", pass.token(), "GATE-9",
                Direction.IN, NOW, false))).isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> f.scan(f.pass("w-lee").token(), Direction.IN, "scan-1"))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(f.log.all()).hasSize(1);
    }

    @Test
    void aScanThatMovedTheWorkerButWasNeverLogged_isLoggedAsAcceptedOnRetry() {
        IssuedPass pass = f.pass("w-kim");
        // the first attempt died between the presence update and the log append
        f.presence.enter(SITE, "w-kim", "GATE-1", pass.id(), "scan-1", NOW);

        GateOutcome retry = f.scan(pass.token(), Direction.IN, "scan-1");

        assertThat(retry.entry().result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(f.presence.moves()).isEqualTo(1);
    }

    @Test
    void twentyConcurrentInScansOfOnePass_acceptExactlyOne() throws Exception {
        IssuedPass pass = f.pass("w-kim");

        List<GateOutcome> outcomes = Race.run(20, i -> () -> f.scan(pass.token(), Direction.IN, "scan-" + i));

        assertThat(outcomes).filteredOn(o -> o.entry().result() == GateResult.ACCEPTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.entry().reason().equals(Optional.of(GateRejection.ALREADY_INSIDE)))
                .hasSize(19);
        assertThat(f.log.all()).hasSize(20);
        assertThat(f.presence.moves()).isEqualTo(1);
    }

    @Test
    void twentyConcurrentCopiesOfOneScan_allAnswerTheSame_withOneEntryAndOneMove() throws Exception {
        IssuedPass pass = f.pass("w-kim");

        List<GateOutcome> outcomes = Race.run(20, i -> () -> f.scan(pass.token(), Direction.IN, "scan-same"));

        assertThat(outcomes).extracting(GateOutcome::entry).containsOnly(outcomes.get(0).entry());
        assertThat(outcomes.get(0).entry().result()).isEqualTo(GateResult.ACCEPTED);
        assertThat(f.log.all()).hasSize(1);
        assertThat(f.presence.moves()).isEqualTo(1);
    }

    private static void assertRejected(GateOutcome outcome, GateRejection reason) {
        assertThat(outcome.entry().result()).isEqualTo(GateResult.REJECTED);
        assertThat(outcome.entry().reason()).contains(reason);
    }
}
