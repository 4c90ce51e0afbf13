package com.gmpgate.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.domain.gate.GateScanned;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@link GateScanned} on the bus, what LiveUpdatesRule's gate pattern matches and the live fan-out reads:
 * <pre>{@code
 * {"logId":"…","siteId":"…","siteDate":"2026-03-02","workerId":"…","gateId":"GATE-1","direction":"IN",
 *  "result":"REJECTED","reason":"ALREADY_INSIDE","at":"2026-03-02T06:15:00Z","offline":false}
 * }</pre> ({@code workerId} only when the token showed whose it was, {@code reason} only on a rejection). No names.
 */
public final class GateEventJson {

    /** EventBridge {@code source} of the gate's events (qr-service's verify, access-log-service's offline sync). */
    public static final String SOURCE = "gmp.gate";

    private static final JsonFactory JSON = new JsonFactory();

    private GateEventJson() {
    }

    public static BusEvent toBusEvent(GateScanned event) {
        return new BusEvent(SOURCE, GateScanned.TYPE, detail(event), event.at());
    }

    static String detail(GateScanned event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("logId", event.logId());
            json.writeStringField("siteId", event.siteId());
            json.writeStringField("siteDate", event.siteDate().toString());
            if (event.workerId().isPresent()) {
                json.writeStringField("workerId", event.workerId().get());
            }
            json.writeStringField("gateId", event.gateId());
            json.writeStringField("direction", event.direction().name());
            json.writeStringField("result", event.result().name());
            if (event.reason().isPresent()) {
                json.writeStringField("reason", event.reason().get().name());
            }
            json.writeStringField("at", event.at().toString());
            json.writeBooleanField("offline", event.offline());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }
}
