package com.gmpgate.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.notify.SiteAlert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSiteAlertsTest {

    @Test
    void withADataDir_alertsGoToTheOutbox_oneLineEach_withTheSiteAttribute(@TempDir Path dataDir) throws Exception {
        var alerts = Messaging.siteAlerts(Map.of(Messaging.DATA_DIR, dataDir.toString()));
        SiteAlert alert = new SiteAlert("demo-site", SiteAlert.Kind.OUTBREAK, "s", "t", "sms", "http://l");

        alerts.send(alert);
        alerts.send(alert);

        List<String> lines = Files.readAllLines(dataDir.resolve("alerts/outbox.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("siteId").asText()).isEqualTo("demo-site");
        assertThat(line.get("kind").asText()).isEqualTo("OUTBREAK");
        assertThat(new ObjectMapper().readTree(line.get("message").asText()).get("sms").asText()).isEqualTo("sms");
    }
}
