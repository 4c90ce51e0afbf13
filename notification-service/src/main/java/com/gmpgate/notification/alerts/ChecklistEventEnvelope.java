package com.gmpgate.notification.alerts;

import static com.gmpgate.notification.EventDetails.optional;
import static com.gmpgate.notification.EventDetails.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.notification.EventDetails;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An EventBridge event as Lambda receives it ({@code version, id, detail-type, source, account, time, region,
 * resources, detail}) carrying shared-lib/events' {@code ChecklistEvaluated} detail. Anything else is refused with
 * {@link IllegalArgumentException}, which fails the invocation (and, after Lambda's retries, lands it in the
 * dead-letter queue where someone can look at it).
 */
public record ChecklistEventEnvelope(String id, ChecklistEvaluated event) {

    static final String SOURCE = "gmp.checklist";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ChecklistEventEnvelope read(InputStream in) throws IOException {
        return read(JSON.readTree(in));
    }

    /** @param root the event, already parsed (the live fan-out reads its detail-type first) */
    public static ChecklistEventEnvelope read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not an EventBridge event");
        }
        String id = text(root, "id");
        if (!SOURCE.equals(root.path("source").asText()) || !ChecklistEvaluated.TYPE.equals(
                root.path("detail-type").asText())) {
            throw new IllegalArgumentException("event " + id + " is " + root.path("source").asText() + "/"
                    + root.path("detail-type").asText() + ", not " + SOURCE + "/" + ChecklistEvaluated.TYPE);
        }
        return new ChecklistEventEnvelope(id, EventDetails.read(root, ChecklistEvaluated.TYPE,
                detail -> new ChecklistEvaluated(
                        text(detail, "submissionId"),
                        text(detail, "siteId"),
                        text(detail, "workerId"),
                        LocalDate.parse(text(detail, "siteDate")),
                        Verdict.valueOf(text(detail, "verdict")),
                        ChecklistEvaluated.Trigger.valueOf(text(detail, "trigger")),
                        Instant.parse(text(detail, "occurredAt")),
                        optional(detail, "passId"),
                        optional(detail, "reviewerId"),
                        detail.path("gastrointestinal").asBoolean(false))));
    }
}
