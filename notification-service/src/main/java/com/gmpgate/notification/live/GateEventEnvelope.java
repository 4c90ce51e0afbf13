package com.gmpgate.notification.live;

import static com.gmpgate.notification.EventDetails.optional;
import static com.gmpgate.notification.EventDetails.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.notification.EventDetails;
import java.time.Instant;
import java.time.LocalDate;

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
        return new GateEventEnvelope(root.path("id").asText(""), EventDetails.read(root, GateScanned.TYPE,
                detail -> new GateScanned(
                        text(detail, "logId"),
                        text(detail, "siteId"),
                        LocalDate.parse(text(detail, "siteDate")),
                        optional(detail, "workerId"),
                        text(detail, "gateId"),
                        Direction.valueOf(text(detail, "direction")),
                        GateResult.valueOf(text(detail, "result")),
                        optional(detail, "reason").map(GateRejection::valueOf),
                        Instant.parse(text(detail, "at")),
                        detail.path("offline").asBoolean(false))));
    }
}
