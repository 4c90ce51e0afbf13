package com.gmpgate.accesslog;

import static com.gmpgate.accesslog.AccessLogTestKit.NOW;
import static com.gmpgate.accesslog.AccessLogTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.accesslog.AccessLogTestKit.Batch;
import com.gmpgate.accesslog.AccessLogTestKit.BatchEntry;
import com.gmpgate.accesslog.api.AccessLogApiHandler;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Json;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.GateScan;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * access-log-service on the DynamoDB adapters against dynalite: the offline batch (idempotent under re-sends,
 * concurrent ones too), presence, the day's log paged with real cursors, the CSV. Each test has a site of its own:
 * the tests of this class share its tables.
 */
@LocalAwsTest
class AccessLogIT {

    private final AccessLogTestKit kit = new AccessLogTestKit();
    private final String site = "site-" + UUID.randomUUID();
    private PassStore passes;
    private PresenceStore presence;
    private AccessLogStore log;
    private UserStore users;
    private GateCheck gate;
    private AccessLogApiHandler api;
    private final List<String> batchWorkers = new ArrayList<>();

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        Map<String, String> environment = aws.endpoints().dynamoDbEnvironment();
        environment.putAll(Map.of(
                DynamoDbSettings.PASSES_TABLE, aws.tableName("PassesTable"),
                DynamoDbSettings.PRESENCE_TABLE, aws.tableName("PresenceTable"),
                DynamoDbSettings.ACCESS_LOGS_TABLE, aws.tableName("AccessLogsTable"),
                DynamoDbSettings.USERS_TABLE, aws.tableName("UsersTable"),
                DynamoDbSettings.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789"));
        DynamoDbSettings settings = DynamoDbSettings.of(environment);
        DynamoDbStores stores = new DynamoDbStores(settings, DynamoDbClients.create(settings));
        passes = stores.passes();
        presence = stores.presence();
        log = stores.accessLog();
        users = stores.users();
        gate = kit.gate(passes, presence, log, users);
        api = kit.handler(gate, log, presence, users);
    }

    @Test
    void aBatchSentAgain_andConcurrently_isLoggedOnce_andAnsweredTheSame() throws Exception {
        List<BatchEntry> batch = aShift();

        JsonNode first = json(batch(batch)).get("results");
        List<ApiResponse> again = Race.run(6, i -> () -> batch(batch));

        assertThat(first.findValuesAsText("result"))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(again).allSatisfy(r -> assertThat(json(r).get("results")).isEqualTo(first));
        assertThat(allEntries()).hasSize(batch.size());
        assertThat(json(send(RestEvent.get("/v1/access-log/presence"))).get("inside").findValuesAsText("workerId"))
                .containsExactlyInAnyOrder(batchWorkers.get(0), batchWorkers.get(1));
    }

    @Test
    void concurrentFirstSends_agree_andMoveEachWorkerOnce() throws Exception {
        List<BatchEntry> batch = aShift();

        List<ApiResponse> responses = Race.run(6, i -> () -> batch(batch));

        JsonNode expected = json(responses.get(0)).get("results");
        assertThat(responses).allSatisfy(r -> assertThat(json(r).get("results")).isEqualTo(expected));
        assertThat(expected.findValuesAsText("result"))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(allEntries()).hasSize(batch.size());
        assertThat(presence.listInside(site)).hasSize(2);
    }

    @Test
    void theDaysLog_pagesWithRealCursors_andExportsAsCsv() {
        String worker = worker("김민수");
        IssuedPass pass = stored(worker);
        for (int i = 0; i < 7; i++) {
            kit.clock.advance(Duration.ofMinutes(1));
            gate.scan(new GateScan(site, "u-admin", "p-" + i, pass.token(), "GATE-1",
                    i % 2 == 0 ? Direction.IN : Direction.OUT, kit.clock.instant(), false));
        }

        JsonNode first = json(send(RestEvent.get("/v1/access-log/entries").query("date", "2026-03-02")
                .query("limit", "4")));
        JsonNode second = json(send(RestEvent.get("/v1/access-log/entries").query("date", "2026-03-02")
                .query("limit", "4").query("cursor", first.get("nextCursor").asText())));
        String csv = send(RestEvent.get("/v1/access-log/entries.csv").query("date", "2026-03-02")).bodyText();

        List<String> scans = new ArrayList<>(first.get("items").findValuesAsText("id"));
        scans.addAll(second.get("items").findValuesAsText("id"));
        assertThat(scans).hasSize(7).doesNotHaveDuplicates();
        assertThat(second.has("nextCursor")).isFalse();
        assertThat(csv).startsWith("\uFEFF\"일시\",\"작업자\",").contains(",\"김민수\",")
                .contains(",\"기록 ID\"").hasLineCount(8);
    }

    /** Two workers: kim in, lee in, lee in again (refused), kim out, kim in. */
    private List<BatchEntry> aShift() {
        String kim = worker("김민수");
        String lee = worker("이영희");
        batchWorkers.add(kim);
        batchWorkers.add(lee);
        IssuedPass kimPass = stored(kim);
        IssuedPass leePass = stored(lee);
        return List.of(
                entry("s1", kimPass, "IN", 3000),
                entry("s2", leePass, "IN", 2900),
                entry("s3", leePass, "IN", 2800),
                entry("s4", kimPass, "OUT", 1000),
                entry("s5", kimPass, "IN", 900));
    }

    private BatchEntry entry(String scanId, IssuedPass pass, String direction, int secondsAgo) {
        return new BatchEntry(site + "-" + scanId, pass.token(), "GATE-2", direction,
                NOW.minusSeconds(secondsAgo).toString());
    }

    private String worker(String name) {
        String id = "w-" + UUID.randomUUID();
        users.create(new User(id, site, id, name, "생산1팀", Role.WORKER, UserStatus.ACTIVE, "$argon2id$placeholder",
                List.of(), Optional.empty(), NOW, NOW, 1));
        return id;
    }

    private IssuedPass stored(String workerId) {
        IssuedPass pass = kit.passes.forWorker(workerId).site(site).issuedAt(NOW.minusSeconds(3600)).unrecorded()
                .issue();
        passes.create(pass.pass());
        return pass;
    }

    private List<?> allEntries() {
        return log.listBySiteDate(site, LocalDate.of(2026, 3, 2), Optional.empty(), Optional.empty(),
                PageRequest.first(100)).items();
    }

    private ApiResponse batch(List<BatchEntry> entries) {
        return send(RestEvent.post("/v1/access-log/entries/batch").json(Json.write(new Batch(entries))));
    }

    private ApiResponse send(RestEvent event) {
        try {
            return api.dispatcher().handle(AccessLogTestKit.asAdminOf(event, site).bytes(), kit.context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
