package com.gmpgate.accesslog.api;

import static com.gmpgate.accesslog.AccessLogTestKit.NOW;
import static com.gmpgate.accesslog.AccessLogTestKit.SITE;
import static com.gmpgate.accesslog.AccessLogTestKit.asAdmin;
import static com.gmpgate.accesslog.AccessLogTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.accesslog.AccessLogTestKit;
import com.gmpgate.accesslog.AccessLogTestKit.BatchEntry;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /v1/access-log/entries/batch as the admin app's offline queue sends it. */
class BatchRouteTest {

    private final AccessLogTestKit kit = new AccessLogTestKit();

    @Test
    void eachEntry_isCheckedAsOfItsScan_loggedOffline_andAnsweredInTheOrderSent() {
        IssuedPass kim = kit.pass("w-kim");
        IssuedPass lee = kit.pass("w-lee");

        ApiResponse response = kit.batch(List.of(
                entry("k-out", kim, "OUT", NOW.minusSeconds(60)),
                entry("junk", "not a pass", "IN", NOW.minusSeconds(500)),
                entry("k-in", kim, "IN", NOW.minusSeconds(600)),
                entry("l-out", lee, "OUT", NOW.minusSeconds(300))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json(response).get("results");
        assertThat(results.findValuesAsText("scanId")).containsExactly("k-out", "junk", "k-in", "l-out");
        assertThat(results.findValuesAsText("result")).containsExactly("ACCEPTED", "REJECTED", "ACCEPTED", "REJECTED");
        assertThat(results.get(1).get("reason").asText()).isEqualTo("MALFORMED");
        assertThat(results.get(3).get("reason").asText()).isEqualTo("NOT_INSIDE");
        assertThat(results.get(2).get("at").asText()).isEqualTo(NOW.minusSeconds(600).toString());
        assertThat(results.get(0).get("logId").asText()).isEqualTo(kit.log.findByScanId(SITE, "k-out").orElseThrow().id());
        assertThat(kit.log.all()).hasSize(4).allSatisfy(e -> assertThat(e.offline()).isTrue());
        assertThat(kit.log.all()).extracting(AccessLogEntry::scanId).containsExactly("k-in", "junk", "l-out", "k-out");
    }

    @Test
    void aPassRevokedAfterTheScan_isAccepted_andOneRevokedBefore_isNot() {
        IssuedPass pass = kit.pass("w-kim");
        kit.passStore.revoke(pass.id(), "FAIL on re-screen", NOW.minusSeconds(120));

        JsonNode results = json(kit.batch(List.of(
                entry("before", pass, "IN", NOW.minusSeconds(600)),
                entry("after", pass, "OUT", NOW.minusSeconds(60))))).get("results");

        assertThat(results.get(0).get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).get("reason").asText()).isEqualTo("REVOKED");
    }

    @Test
    void anOldOutSyncedAfterANewerIn_isAcceptedOutOfOrder_loggedSo_andTheWorkerStaysInside() {
        IssuedPass kim = kit.pass("w-kim");
        kit.scan(kim.token(), com.gmpgate.domain.gate.Direction.IN, "GATE-1"); // online, now

        JsonNode result = json(kit.batch(List.of(entry("old-out", kim, "OUT", NOW.minusSeconds(600)))))
                .at("/results/0");
        JsonNode logged = json(kit.send(asAdmin(RestEvent.get("/v1/access-log/entries")))).get("items");

        assertThat(result.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(result.get("outOfOrder").asBoolean()).isTrue();
        assertThat(logged.findValuesAsText("outOfOrder")).containsExactly("true");
        assertThat(json(kit.send(asAdmin(RestEvent.get("/v1/access-log/presence")))).get("inside")
                .findValuesAsText("workerId")).containsExactly("w-kim");
    }

    @Test
    void aPassThatHasExpiredSince_isAcceptedForAScanMadeInTime() {
        IssuedPass pass = kit.pass("w-kim");
        kit.clock.advance(Duration.ofHours(13));

        JsonNode result = json(kit.batch(List.of(entry("late-sync", pass, "IN", NOW)))).at("/results/0");

        assertThat(result.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(result.get("offline").asBoolean()).isTrue();
    }

    @Test
    void sentAgain_andAgainConcurrently_theAnswersAreTheFirstOnes_withOneEntryPerScan() throws Exception {
        List<BatchEntry> batch = aShift();
        JsonNode first = json(kit.batch(batch)).get("results");
        int moves = kit.presence.moves();
        kit.clock.advance(Duration.ofMinutes(10));

        List<ApiResponse> again = Race.run(8, i -> () -> kit.batch(batch));

        assertThat(again).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).get("results")).isEqualTo(first);
        });
        assertThat(kit.log.all()).hasSize(batch.size());
        assertThat(kit.presence.moves()).isEqualTo(moves);
    }

    @Test
    void concurrentFirstSends_fromTwoTabs_logEachScanOnce_andAgree() throws Exception {
        List<BatchEntry> batch = aShift();

        List<ApiResponse> responses = Race.run(6, i -> () -> kit.batch(batch));

        JsonNode expected = json(responses.get(0)).get("results");
        assertThat(responses).allSatisfy(r -> assertThat(json(r).get("results")).isEqualTo(expected));
        assertThat(expected.findValuesAsText("result"))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(kit.log.all()).hasSize(batch.size());
        assertThat(kit.presence.moves()).isEqualTo(4);
    }

    @Test
    void aScanFromTheFuture_isNotLogged_andSaysWhy() {
        IssuedPass pass = kit.pass("w-kim");

        JsonNode result = json(kit.batch(List.of(entry("ahead", pass, "IN", NOW.plus(Duration.ofMinutes(30))))))
                .at("/results/0");

        assertThat(result.get("result").asText()).isEqualTo("NOT_LOGGED");
        assertThat(result.at("/error/code").asText()).isEqualTo("SCANNED_AT_IN_FUTURE");
        assertThat(result.has("logId")).isFalse();
        assertThat(kit.log.all()).isEmpty();
    }

    @Test
    void moreThanTwoHundredEntries_isRefusedWhole() {
        IssuedPass pass = kit.pass("w-kim");
        List<BatchEntry> entries = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            entries.add(entry("s-" + i, pass, "IN", NOW));
        }

        ApiResponse response = kit.batch(entries);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/code").asText()).isEqualTo("TOO_MANY");
        assertThat(kit.log.all()).isEmpty();
    }

    @Test
    void aMalformedEntry_refusesTheBatch_namingTheEntryAndField() {
        IssuedPass pass = kit.pass("w-kim");

        ApiResponse response = kit.batch(List.of(entry("ok", pass, "IN", NOW),
                new BatchEntry("bad id!", pass.token(), "GATE-2", "IN", "yesterday")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("entries[1].scanId", "entries[1].scannedAt");
        assertThat(kit.log.all()).isEmpty();
    }

    @Test
    void isForAdmins() {
        ApiResponse response = kit.send(RestEvent.post("/v1/access-log/entries/batch").json("{\"entries\":[]}")
                .caller("w-kim", "WORKER", SITE));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anEmptyBatch_isRefused() {
        ApiResponse response = kit.send(asAdmin(RestEvent.post("/v1/access-log/entries/batch").json("{\"entries\":[]}")));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    /** kim in, lee in, lee in again (refused), kim out, kim in. */
    private List<BatchEntry> aShift() {
        IssuedPass kim = kit.pass("w-kim");
        IssuedPass lee = kit.pass("w-lee");
        return List.of(
                entry("s1", kim, "IN", NOW.minusSeconds(3000)),
                entry("s2", lee, "IN", NOW.minusSeconds(2900)),
                entry("s3", lee, "IN", NOW.minusSeconds(2800)),
                entry("s4", kim, "OUT", NOW.minusSeconds(1000)),
                entry("s5", kim, "IN", NOW.minusSeconds(900)));
    }

    private static BatchEntry entry(String scanId, IssuedPass pass, String direction, Instant at) {
        return entry(scanId, pass.token(), direction, at);
    }

    private static BatchEntry entry(String scanId, String token, String direction, Instant at) {
        return new BatchEntry(scanId, token, "GATE-2", direction, at.toString());
    }
}
