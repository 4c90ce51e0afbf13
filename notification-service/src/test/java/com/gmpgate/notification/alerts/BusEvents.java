package com.gmpgate.notification.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * EventBridge events as Lambda gets them: the real envelope of aws-lambda-java-libs' {@code cloudwatch_event.json}
 * (copied verbatim under {@code src/test/resources/events/}), with this stack's source, detail-type, rule and a
 * ChecklistEvaluated detail as shared-lib/events writes it.
 */
final class BusEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BusEvents() {
    }

    static ObjectNode envelope() {
        try (InputStream in = BusEvents.class.getResourceAsStream("/events/aws-lambda-java-libs_cloudwatch_event.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode checklistEvaluated(String eventId, String submissionId, String siteId, String workerId,
            String verdict, Instant at, boolean gastro) {
        ObjectNode event = envelope();
        event.put("id", eventId);
        event.put("source", "gmp.checklist");
        event.put("detail-type", "ChecklistEvaluated");
        event.put("time", at.toString());
        event.putArray("resources")
                .add("arn:aws:events:eu-central-1:123456789012:rule/gmp-hygiene-gate-dev/ChecklistAlertRule");
        ObjectNode detail = event.putObject("detail");
        detail.put("submissionId", submissionId);
        detail.put("siteId", siteId);
        detail.put("workerId", workerId);
        detail.put("siteDate", "2026-03-02");
        detail.put("verdict", verdict);
        detail.put("trigger", "SUBMISSION");
        detail.put("occurredAt", at.toString());
        if (gastro) {
            detail.put("gastrointestinal", true);
        }
        return event;
    }

    static InputStream stream(ObjectNode event) {
        return new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8));
    }
}
