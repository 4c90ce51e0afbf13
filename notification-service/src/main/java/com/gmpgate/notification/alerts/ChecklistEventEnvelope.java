package com.gmpgate.notification.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
        JsonNode detail = root.path("detail");
        try {
            ChecklistEvaluated.Trigger trigger = ChecklistEvaluated.Trigger.valueOf(text(detail, "trigger"));
            return new ChecklistEventEnvelope(id, new ChecklistEvaluated(
                    text(detail, "submissionId"),
                    text(detail, "siteId"),
                    text(detail, "workerId"),
                    LocalDate.parse(text(detail, "siteDate")),
                    Verdict.valueOf(text(detail, "verdict")),
                    trigger,
                    Instant.parse(text(detail, "occurredAt")),
                    optional(detail, "passId"),
                    optional(detail, "reviewerId"),
                    detail.path("gastrointestinal").asBoolean(false)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event " + id + " has a malformed ChecklistEvaluated detail: "
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
