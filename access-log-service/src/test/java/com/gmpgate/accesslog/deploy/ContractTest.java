package com.gmpgate.accesslog.deploy;

import static com.gmpgate.accesslog.AccessLogTestKit.NOW;
import static com.gmpgate.accesslog.AccessLogTestKit.asAdmin;
import static com.gmpgate.accesslog.AccessLogTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.accesslog.AccessLogTestKit;
import com.gmpgate.accesslog.AccessLogTestKit.BatchEntry;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AccessLogFunction's replies, as the handler writes them, fit docs/openapi.yaml's schemas. */
class ContractTest {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();
    private final AccessLogTestKit kit = new AccessLogTestKit();

    @Test
    void theLogPresenceAndBatchReplies_fitTheirSchemas() {
        IssuedPass kim = kit.pass("w-kim");
        kit.scan(kim.token(), Direction.IN, "GATE-1");
        IssuedPass lee = kit.passes.forWorker("w-lee").site(AccessLogTestKit.SITE).issuedAt(NOW.minusSeconds(3600))
                .conditions("GLOVES_OVER_COVERED_WOUND").issue();
        kit.scan(lee.token(), Direction.IN, "GATE-1"); // an entry under conditions
        kit.scan("junk", Direction.OUT, "GATE-1");
        kit.scan(kim.token(), Direction.IN, "GATE-1");

        fits("AccessLogPage", kit.send(asAdmin(RestEvent.get("/v1/access-log/entries").query("limit", "2"))));
        fits("PresenceList", kit.send(asAdmin(RestEvent.get("/v1/access-log/presence"))));
        fits("SyncBatchResult", kit.batch(List.of(
                new BatchEntry("b-1", kim.token(), "GATE-2", "OUT", NOW.toString()),
                new BatchEntry("b-2", "junk", "GATE-2", "IN", NOW.toString()),
                new BatchEntry("b-3", kim.token(), "GATE-2", "IN", NOW.plus(Duration.ofHours(1)).toString()),
                new BatchEntry("b-4", kim.token(), "GATE-2", "OUT", NOW.minus(Duration.ofHours(1)).toString()))));
        // b-4 is older than what the worker's presence already shows: logged outOfOrder
        fits("AccessLogPage", kit.send(asAdmin(RestEvent.get("/v1/access-log/entries"))));
    }

    @Test
    void refusals_fitTheErrorEnvelope() {
        fits("Error", kit.send(asAdmin(RestEvent.get("/v1/access-log/entries").query("date", "tomorrow"))));
        fits("Error", kit.send(asAdmin(RestEvent.post("/v1/access-log/entries/batch").json("{\"entries\":[{}]}"))));
    }

    private static void fits(String schema, ApiResponse response) {
        assertThat(CONTRACT.problems(schema, json(response))).as(schema + ": " + response.body()).isEmpty();
    }
}
