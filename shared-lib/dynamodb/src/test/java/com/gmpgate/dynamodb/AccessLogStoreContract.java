package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.Stored;
import com.gmpgate.testing.LocalAwsResources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AccessLogStoreContract {

    DynamoDbAccessLogStore store;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        store = new DynamoDbAccessLogStore(TestClients.dynamoDb(aws), aws.tableName("AccessLogsTable"), TestClients.CURSORS);
    }

    @Test
    void aResentScan_returnsTheFirstEntry_evenWhenItWouldNowBeRejected() {
        AccessLogEntry first = TestData.entry("site-a", "scan-" + TestData.id(), "w1", TestData.NOW, "gate-1");
        assertThat(store.append(first)).isEqualTo(new Stored<>(first, true));
        AccessLogEntry resent = new AccessLogEntry(TestData.id(), first.siteId(), first.scanId(), first.at().plusSeconds(4),
                first.siteDate(), first.workerId(), first.workerName(), first.gateId(), first.direction(),
                GateResult.REJECTED, Optional.of(GateRejection.ALREADY_INSIDE), first.passId(), "guard-2", true,
                TestData.NOW.plusSeconds(60));

        assertThat(store.append(resent)).isEqualTo(new Stored<>(first, false));
        assertThat(store.findByScanId("site-a", first.scanId())).contains(first);
        assertThat(store.findByScanId("site-b", first.scanId())).isEmpty();
    }

    @Test
    void aGuardsCorrection_keepsItsKindAndNote_andAScanReadsBackAsAScan() {
        AccessLogEntry scan = TestData.entry("site-a", "scan-" + TestData.id(), "w1", TestData.NOW, "gate-1");
        AccessLogEntry fix = new AccessLogEntry(TestData.id(), "site-a", "fix-out." + TestData.id(), TestData.NOW,
                TestData.DAY, Optional.of("w1"), Optional.of("김작업"), "gate-1", Direction.OUT, GateResult.ACCEPTED,
                Optional.empty(), Optional.of("pass-w1"), "gate-user", false, TestData.NOW, false,
                EntryKind.CORRECTION, Optional.of("퇴장 스캔 누락"));
        store.append(scan);
        store.append(fix);

        assertThat(store.findByScanId("site-a", fix.scanId())).contains(fix);
        assertThat(store.findByScanId("site-a", scan.scanId())).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.SCAN);
            assertThat(e.note()).isEmpty();
        });
    }

    @Test
    void anEntryUnderConditions_keepsTheirWordsAsThePassGaveThem() {
        Condition gloves = new Condition("GLOVES_OVER_COVERED_WOUND", LocalizedText.of(
                "방수 커버로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요.", "Work with a single-use glove over the impermeable cover."));
        Condition zone = new Condition("NO_READY_TO_EAT", LocalizedText.of("조리된 식품 구역 제외", "Not at ready-to-eat food"));
        AccessLogEntry scan = TestData.entry("site-a", "scan-" + TestData.id(), "w1", TestData.NOW, "gate-1");
        AccessLogEntry conditional = new AccessLogEntry(scan.id(), scan.siteId(), scan.scanId(), scan.at(),
                scan.siteDate(), scan.workerId(), scan.workerName(), scan.gateId(), scan.direction(), scan.result(),
                scan.reason(), scan.passId(), scan.scannedBy(), scan.offline(), scan.recordedAt(), false,
                EntryKind.SCAN, Optional.empty(), List.of(gloves, zone));
        store.append(conditional);

        assertThat(store.findByScanId("site-a", scan.scanId())).contains(conditional);
        assertThat(store.listBySiteDate("site-a", TestData.DAY, Optional.of("gate-1"), Optional.of("w1"),
                PageRequest.first(100)).items()).contains(conditional);
    }

    @Test
    void aScanIdReusedForAnotherScan_isAConflict_butTheSameIdOnAnotherSiteIsNot() {
        String scanId = "scan-" + TestData.id();
        store.append(TestData.entry("site-a", scanId, "w1", TestData.NOW, "gate-1"));

        assertThatThrownBy(() -> store.append(TestData.entry("site-a", scanId, "w2", TestData.NOW, "gate-1")))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(store.append(TestData.entry("site-b", scanId, "w2", TestData.NOW, "gate-1")).created()).isTrue();
    }

    @Test
    void theDaysLog_isNewestFirst_filteredByGateOrWorker_andIncludesUnreadableScans() {
        String site = "site-" + TestData.id();
        AccessLogEntry a = TestData.entry(site, TestData.id(), "w1", TestData.NOW, "gate-1");
        AccessLogEntry b = TestData.entry(site, TestData.id(), "w2", TestData.NOW.plusSeconds(10), "gate-2");
        AccessLogEntry c = TestData.entry(site, TestData.id(), "w1", TestData.NOW.plusSeconds(20), "gate-2");
        AccessLogEntry unreadable = TestData.rejected(site, TestData.id(), TestData.NOW.plusSeconds(30));
        for (AccessLogEntry e : List.of(a, b, c, unreadable)) {
            store.append(e);
        }

        assertThat(SubmissionStoreContract.drain(cursor -> store.listBySiteDate(site, TestData.DAY, Optional.empty(),
                Optional.empty(), new PageRequest(cursor, 3)))).containsExactly(unreadable, c, b, a);
        assertThat(SubmissionStoreContract.drain(cursor -> store.listBySiteDate(site, TestData.DAY, Optional.of("gate-2"),
                Optional.empty(), new PageRequest(cursor, 1)))).containsExactly(c, b);
        assertThat(store.listBySiteDate(site, TestData.DAY, Optional.empty(), Optional.of("w1"), PageRequest.first(10))
                .items()).containsExactly(c, a);
        assertThat(store.listBySiteDate(site, TestData.DAY.minusDays(1), Optional.empty(), Optional.empty(),
                PageRequest.first(10)).items()).isEmpty();
        assertThat(store.listByWorker("w2", PageRequest.first(10)).items()).contains(b);
        assertThat(unreadable.direction()).isEqualTo(Direction.IN);
    }

    @Test
    void anEntry_isFoundByItsId_withinTheMinutesGiven_onItsSiteDay() {
        String site = "site-" + TestData.id();
        AccessLogEntry before = TestData.entry(site, TestData.id(), "w1", TestData.NOW.minusSeconds(600), "gate-1");
        AccessLogEntry signed = TestData.entry(site, TestData.id(), "w1", TestData.NOW, "gate-1");
        AccessLogEntry after = TestData.entry(site, TestData.id(), "w2", TestData.NOW.plusSeconds(1), "gate-1");
        for (AccessLogEntry e : List.of(before, signed, after)) {
            store.append(e);
        }

        assertThat(store.findEntry(site, TestData.DAY, signed.id(), TestData.NOW.minusSeconds(300),
                TestData.NOW.plusSeconds(1))).contains(signed);
        // outside the window, on another day, at another site: not found
        assertThat(store.findEntry(site, TestData.DAY, before.id(), TestData.NOW.minusSeconds(300),
                TestData.NOW.plusSeconds(1))).isEmpty();
        assertThat(store.findEntry(site, TestData.DAY.minusDays(1), signed.id(), TestData.NOW.minusSeconds(300),
                TestData.NOW.plusSeconds(1))).isEmpty();
        assertThat(store.findEntry("site-other", TestData.DAY, signed.id(), TestData.NOW.minusSeconds(300),
                TestData.NOW.plusSeconds(1))).isEmpty();
    }
}
