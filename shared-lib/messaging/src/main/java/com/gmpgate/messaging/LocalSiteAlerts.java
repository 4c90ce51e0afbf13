package com.gmpgate.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.port.SiteAlerts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The local runtime's stand-in for the alert topic: no e-mail or SMS leaves the machine; each alert is one JSON line
 * in {@code <data dir>/alerts/outbox.jsonl} (what SNS would have been handed, with its site attribute) and one line in
 * the log.
 */
public final class LocalSiteAlerts implements SiteAlerts {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path outbox;

    public LocalSiteAlerts(Path dataDir) {
        this.outbox = dataDir.resolve("alerts").resolve("outbox.jsonl");
    }

    public Path outbox() {
        return outbox;
    }

    @Override
    public synchronized void send(SiteAlert alert) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField(SnsSiteAlerts.SITE_ATTRIBUTE, alert.siteId());
            json.writeStringField(SnsSiteAlerts.KIND_ATTRIBUTE, alert.kind().name());
            json.writeStringField("subject", alert.subject());
            json.writeStringField("message", SnsSiteAlerts.structure(alert));
            json.writeEndObject();
        } catch (IOException e) {
            throw new AlertDeliveryException("could not write the alert", e);
        }
        try {
            Files.createDirectories(outbox.getParent());
            Files.writeString(outbox, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AlertDeliveryException("could not append to " + outbox, e);
        }
        System.out.println("ALERT to " + alert.siteId() + " (" + alert.kind() + "): " + alert.subject() + " → "
                + alert.link());
    }
}
