package com.gmpgate.notification.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An EventBridge event carrying shared-lib/events' {@code GateScanned} detail (source {@code gmp.gate}). A malformed
 * one is refused with {@link IllegalArgumentException}, which fails the invocation.
 */
record GateEventEnvelope(String id, GateScanned event) {

    static final String SOURCE = "gmp.gate";

    static boolean isGateScan(JsonNode root) {
        return SOURCE.equals(root.path("source").asText()) && GateScanned.TYPE.equals(root.path("detail-type").asText());
    }

    static GateEventEnvelope read(JsonNode root) {
        String id = root.path("id").asText("");
        JsonNode detail = root.path("detail");
        try {
            return new GateEventEnvelope(id, new GateScanned(
                    text(detail, "logId"),
                    text(detail, "siteId"),
                    LocalDate.parse(text(detail, "siteDate")),
                    optional(detail, "workerId"),
                    text(detail, "gateId"),
                    Direction.valueOf(text(detail, "direction")),
                    GateResult.valueOf(text(detail, "result")),
                    optional(detail, "reason").map(GateRejection::valueOf),
                    Instant.parse(text(detail, "at")),
                    detail.path("offline").asBoolean(false)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event " + id + " has a malformed GateScanned detail: "
                    + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
