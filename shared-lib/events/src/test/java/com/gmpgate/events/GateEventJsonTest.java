package com.gmpgate.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateEventJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant AT = Instant.parse("2026-03-02T00:30:00Z");

    static GateScanned refused() {
        return new GateScanned("log-1", "demo-site", LocalDate.of(2026, 3, 2), Optional.of("u-worker1"), "GATE-1",
                Direction.IN, GateResult.REJECTED, Optional.of(GateRejection.ALREADY_INSIDE), AT, false);
    }

    @Test
    void theDetail_carriesIdsGateDirectionAndOutcome_andNoName() throws Exception {
        BusEvent event = GateEventJson.toBusEvent(refused());

        assertThat(event.source()).isEqualTo("gmp.gate");
        assertThat(event.detailType()).isEqualTo("GateScanned");
        assertThat(event.time()).isEqualTo(AT);
        assertThat(JSON.readTree(event.detail())).isEqualTo(JSON.readTree("""
                {"logId":"log-1","siteId":"demo-site","siteDate":"2026-03-02","workerId":"u-worker1",
                 "gateId":"GATE-1","direction":"IN","result":"REJECTED","reason":"ALREADY_INSIDE",
                 "at":"2026-03-02T00:30:00Z","offline":false}"""));
    }

    @Test
    void anUnreadableToken_namesNoWorker_andAnAcceptedScanNoReason() throws Exception {
        var detail = JSON.readTree(GateEventJson.toBusEvent(new GateScanned("log-2", "demo-site",
                LocalDate.of(2026, 3, 2), Optional.empty(), "GATE-1", Direction.OUT, GateResult.ACCEPTED,
                Optional.empty(), AT, true)).detail());

        List<String> fields = new ArrayList<>();
        detail.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("logId", "siteId", "siteDate", "gateId", "direction", "result", "at",
                "offline");
    }

    @Test
    void locally_theGatesEventsGoOnTheInProcessBus() {
        assertThat(EventPublishers.gate(Map.of(EventPublishers.DATA_DIR, "/tmp/x")))
                .isInstanceOf(InProcessGateEvents.class);
    }
}
