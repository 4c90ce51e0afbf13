package com.gmpgate.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;

/** One JSON line on stderr (CloudWatch Logs in Lambda) per event that could not be delivered. */
final class EventLog {

    private static final JsonFactory JSON = new JsonFactory();

    private EventLog() {
    }

    static void failed(BusEvent event, String why) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("level", "ERROR");
            json.writeStringField("message", "event not delivered");
            json.writeStringField("detailType", event.detailType());
            json.writeStringField("detail", event.detail());
            json.writeStringField("error", why);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.err.println(out);
    }
}
