package com.gmpgate.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.domain.notify.LiveConnection;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.notification.application.LiveUpdates;
import com.gmpgate.port.LiveConnections;
import com.gmpgate.port.LivePush;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * $connect/$disconnect with the real API Gateway WebSocket event (aws-lambda-java-libs apigw_websocket_event.json,
 * copied verbatim) plus the authorizer's context, and the fan-out that forgets gone (410) sockets.
 */
class LiveSocketsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T = Instant.parse("2026-03-02T06:15:00Z");

    final Map<String, LiveConnection> stored = new ConcurrentHashMap<>();
    final LiveConnections connections = new LiveConnections() {
        @Override
        public void add(LiveConnection c) {
            stored.put(c.connectionId(), c);
        }

        @Override
        public void remove(String id) {
            stored.remove(id);
        }

        @Override
        public List<LiveConnection> ofSite(String site) {
            return stored.values().stream().filter(c -> c.siteId().equals(site)).toList();
        }
    };
    final Set<String> gone = ConcurrentHashMap.newKeySet();
    final List<String> posted = new ArrayList<>();
    final LivePush push = (id, message) -> {
        if (gone.contains(id)) {
            return false;
        }
        synchronized (posted) {
            posted.add(id + " " + message);
        }
        return true;
    };
    final LiveUpdates live = new LiveUpdates(connections, push, new MutableClock(T));

    ObjectNode websocketEvent(String routeKey, String role) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/events/aws-lambda-java-libs_apigw_websocket_event.json")) {
            ObjectNode event = (ObjectNode) JSON.readTree(in);
            ObjectNode context = (ObjectNode) event.get("requestContext");
            context.put("routeKey", routeKey);
            if (role != null) {
                context.putObject("authorizer").put("principalId", "u-admin").put("userId", "u-admin")
                        .put("role", role).put("siteId", "demo-site");
            }
            return event;
        }
    }

    int call(ObjectNode event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LiveSocketHandler(live).handleRequest(new ByteArrayInputStream(event.toString()
                .getBytes(StandardCharsets.UTF_8)), out, new FakeLambdaContext());
        return JSON.readTree(out.toByteArray()).get("statusCode").asInt();
    }

    @Test
    void anAdminsConnect_isKeptUnderTheirSite_andDisconnectForgetsIt() throws Exception {
        assertThat(call(websocketEvent("$connect", "ADMIN"))).isEqualTo(200);
        assertThat(stored).containsKey("abc123=");
        assertThat(stored.get("abc123=").siteId()).isEqualTo("demo-site");

        assertThat(call(websocketEvent("$disconnect", null))).isEqualTo(200);
        assertThat(stored).isEmpty();
    }

    @Test
    void aWorkersConnect_orOneWithoutAuthorizerContext_isRefused() throws Exception {
        assertThat(call(websocketEvent("$connect", "WORKER"))).isEqualTo(403);
        assertThat(call(websocketEvent("$connect", null))).isEqualTo(403);
        assertThat(stored).isEmpty();
    }

    @Test
    void theFanOut_reachesTheSitesSockets_only_andForgetsGoneOnes() throws Exception {
        live.connect("c-1", "u-a", "ADMIN", "demo-site");
        live.connect("c-2", "u-b", "ADMIN", "demo-site");
        live.connect("c-3", "u-c", "ADMIN", "other-site");
        gone.add("c-2");
        ObjectNode bus = (ObjectNode) JSON.readTree(getClass().getResourceAsStream(
                "/events/aws-lambda-java-libs_cloudwatch_event.json"));
        bus.put("source", "gmp.checklist").put("detail-type", "ChecklistEvaluated");
        bus.putObject("detail").put("submissionId", "s-1").put("siteId", "demo-site").put("workerId", "u-w")
                .put("siteDate", "2026-03-02").put("verdict", "PENDING_REVIEW").put("trigger", "SUBMISSION")
                .put("occurredAt", T.toString());

        new LiveUpdatesHandler(live).handleRequest(new ByteArrayInputStream(bus.toString()
                .getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), new FakeLambdaContext());

        assertThat(posted).singleElement().asString().startsWith("c-1 ").contains("\"type\":\"checklist.evaluated\"",
                "\"submissionId\":\"s-1\"", "\"verdict\":\"PENDING_REVIEW\"");
        assertThat(stored).containsOnlyKeys("c-1", "c-3");
    }

    @Test
    void aGateScan_reachesTheSitesSockets_withoutTheWorkersName() throws Exception {
        live.connect("c-1", "u-a", "ADMIN", "demo-site");
        live.connect("c-3", "u-c", "ADMIN", "other-site");
        ObjectNode bus = (ObjectNode) JSON.readTree(getClass().getResourceAsStream(
                "/events/aws-lambda-java-libs_cloudwatch_event.json"));
        bus.put("source", "gmp.gate").put("detail-type", "GateScanned");
        bus.putObject("detail").put("logId", "log-1").put("siteId", "demo-site").put("siteDate", "2026-03-02")
                .put("workerId", "u-w").put("gateId", "GATE-2").put("direction", "IN").put("result", "REJECTED")
                .put("reason", "ALREADY_INSIDE").put("at", T.toString()).put("offline", false);

        new LiveUpdatesHandler(live).handleRequest(new ByteArrayInputStream(bus.toString()
                .getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), new FakeLambdaContext());

        assertThat(posted).singleElement().asString().startsWith("c-1 ").contains("\"type\":\"gate.scanned\"",
                "\"logId\":\"log-1\"", "\"gateId\":\"GATE-2\"", "\"reason\":\"ALREADY_INSIDE\"");
    }

    @Test
    void aMalformedGateScan_failsTheInvocation() {
        ObjectNode bus = JSON.createObjectNode().put("id", "e-1").put("source", "gmp.gate")
                .put("detail-type", "GateScanned");
        bus.putObject("detail").put("siteId", "demo-site");

        assertThatThrownBy(() -> new LiveUpdatesHandler(live).handleRequest(
                new ByteArrayInputStream(bus.toString().getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), new FakeLambdaContext()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GateScanned");
    }
}
