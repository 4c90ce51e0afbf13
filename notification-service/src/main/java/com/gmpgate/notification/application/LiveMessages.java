package com.gmpgate.notification.application;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.gate.GateScanned;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The socket messages (docs/asyncapi.yaml): ids, verdict and when — the admin app refetches what it shows, so a
 * message carries nothing a listing of the same site would not.
 */
final class LiveMessages {

    private static final JsonFactory JSON = new JsonFactory();

    private LiveMessages() {
    }

    /** What a message writes between the braces of its JSON object. */
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /** One message as JSON text: an object of these fields (the socket's messages here, WorkerNotices' push). */
    static String object(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String checklistEvaluated(ChecklistEvaluated event) {
        return object(json -> {
            json.writeStringField("type", "checklist.evaluated");
            json.writeStringField("siteId", event.siteId());
            json.writeStringField("submissionId", event.submissionId());
            json.writeStringField("workerId", event.workerId());
            json.writeStringField("siteDate", event.siteDate().toString());
            json.writeStringField("verdict", event.verdict().name());
            json.writeStringField("trigger", event.trigger().name());
            json.writeStringField("occurredAt", event.occurredAt().toString());
        });
    }

    static String gateScanned(GateScanned event) {
        return object(json -> {
            json.writeStringField("type", "gate.scanned");
            json.writeStringField("siteId", event.siteId());
            json.writeStringField("logId", event.logId());
            if (event.workerId().isPresent()) {
                json.writeStringField("workerId", event.workerId().get());
            }
            json.writeStringField("siteDate", event.siteDate().toString());
            json.writeStringField("gateId", event.gateId());
            json.writeStringField("direction", event.direction().name());
            json.writeStringField("result", event.result().name());
            if (event.reason().isPresent()) {
                json.writeStringField("reason", event.reason().get().name());
            }
            json.writeBooleanField("offline", event.offline());
            json.writeStringField("occurredAt", event.at().toString());
        });
    }
}
