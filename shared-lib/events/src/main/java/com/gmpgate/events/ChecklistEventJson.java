package com.gmpgate.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@link ChecklistEvaluated} on the bus. The detail is what template.yaml's rules match on ({@code verdict},
 * {@code trigger}) and what the notification function reads:
 * <pre>{@code
 * {"submissionId":"…","siteId":"…","workerId":"…","siteDate":"2026-03-02","verdict":"FAIL",
 *  "trigger":"SUBMISSION","occurredAt":"2026-03-02T06:15:00Z","passId":"…","reviewerId":"…"}
 * }</pre> ({@code passId} and {@code reviewerId} only when present; {@code "gastrointestinal":true} only on a FAIL
 * for vomiting, diarrhoea or jaundice, for the outbreak watch). No answers, reasons or photos.
 */
public final class ChecklistEventJson {

    /** EventBridge {@code source} of every checklist-service event. */
    public static final String SOURCE = "gmp.checklist";

    private static final JsonFactory JSON = new JsonFactory();

    private ChecklistEventJson() {
    }

    public static BusEvent toBusEvent(ChecklistEvaluated event) {
        return new BusEvent(SOURCE, ChecklistEvaluated.TYPE, detail(event), event.occurredAt());
    }

    static String detail(ChecklistEvaluated event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("submissionId", event.submissionId());
            json.writeStringField("siteId", event.siteId());
            json.writeStringField("workerId", event.workerId());
            json.writeStringField("siteDate", event.siteDate().toString());
            json.writeStringField("verdict", event.verdict().name());
            json.writeStringField("trigger", event.trigger().name());
            json.writeStringField("occurredAt", event.occurredAt().toString());
            if (event.passId().isPresent()) {
                json.writeStringField("passId", event.passId().get());
            }
            if (event.reviewerId().isPresent()) {
                json.writeStringField("reviewerId", event.reviewerId().get());
            }
            if (event.gastrointestinal()) {
                json.writeBooleanField("gastrointestinal", true);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }
}
