package com.gmpgate.notification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading the {@code detail} of an EventBridge event this service subscribes to (ChecklistEvaluated, GateScanned):
 * every field is required text unless read as optional, and a detail that does not read is refused with
 * {@link IllegalArgumentException} naming the event, which fails the invocation (Lambda retries, then the
 * dead-letter queue keeps it for someone to look at).
 */
public final class EventDetails {

    private EventDetails() {
    }

    /** {@code parse} the event's detail; whatever it throws becomes the refusal, with the event id and type. */
    public static <T> T read(JsonNode root, String type, Function<JsonNode, T> parse) {
        String id = root.path("id").asText("");
        try {
            return parse.apply(root.path("detail"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event " + id + " has a malformed " + type + " detail: "
                    + e.getMessage(), e);
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value.asText();
    }

    public static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
