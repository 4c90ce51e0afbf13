package com.gmpgate.qr;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Json;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.fakes.TestPasses.IssuedPass;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.qr.api.QrApiHandler;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /v1/qr/verify and revocation through the handler, on the DynamoDB adapters against dynalite. */
@LocalAwsTest
class QrVerifyIT {

    private final QrTestKit kit = new QrTestKit();
    private PassStore passes;
    private PresenceStore presence;
    private AccessLogStore log;
    private QrApiHandler api;
    private UserStore users;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        DynamoDbSettings settings = DynamoDbSettings.of(Map.of(
                DynamoDbSettings.ENDPOINT, aws.endpoints().dynamoDb().toString(),
                DynamoDbSettings.REGION, aws.endpoints().region(),
                DynamoDbSettings.ACCESS_KEY_ID, aws.endpoints().accessKeyId(),
                DynamoDbSettings.SECRET_ACCESS_KEY, aws.endpoints().secretAccessKey(),
                DynamoDbSettings.PASSES_TABLE, aws.tableName("PassesTable"),
                DynamoDbSettings.PRESENCE_TABLE, aws.tableName("PresenceTable"),
                DynamoDbSettings.ACCESS_LOGS_TABLE, aws.tableName("AccessLogsTable"),
                DynamoDbSettings.USERS_TABLE, aws.tableName("UsersTable"),
                DynamoDbSettings.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789"));
        DynamoDbStores stores = new DynamoDbStores(settings, DynamoDbClients.create(settings));
        passes = stores.passes();
        presence = stores.presence();
        log = stores.accessLog();
        users = stores.users();
        api = kit.handler(passes, presence, log, users);
    }

    @Test
    void inOutAndAntiPassback_onDynamoDb() {
        String kim = worker("김민수");
        IssuedPass pass = stored(kit.passes.forWorker(kim).site(SITE).issuedAt(NOW.minusSeconds(60)));

        assertThat(body(verify(pass.token(), "IN", "s1"))).containsEntry("result", "ACCEPTED")
                .containsEntry("displayName", "김민수");
        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(body(verify(pass.token(), "IN", "s2"))).containsEntry("reason", "ALREADY_INSIDE");
        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(body(verify(pass.token(), "OUT", "s3"))).containsEntry("result", "ACCEPTED");
        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(body(verify(pass.token(), "OUT", "s4"))).containsEntry("reason", "NOT_INSIDE");
        assertThat(presence.find(SITE, kim)).isEmpty();
        assertThat(entriesOf(pass)).extracting(AccessLogEntry::scanId).containsExactly("s4", "s3", "s2", "s1");
    }

    @Test
    void revokedThroughTheApi_andOtherSites_areRefused_onDynamoDb() {
        String lee = worker("이영희");
        IssuedPass pass = stored(kit.passes.forWorker(lee).site(SITE).issuedAt(NOW.minusSeconds(60)));
        IssuedPass elsewhere = stored(kit.passes.forWorker(worker("박지성")).site("other-site")
                .issuedAt(NOW.minusSeconds(60)));

        ApiResponse revoked = send(asAdmin(RestEvent.post("/v1/qr/passes/{id}/revoke",
                "/v1/qr/passes/" + pass.id() + "/revoke").pathParameter("id", pass.id()).json("{\"reason\":\"FAIL\"}")));
        kit.clock.advance(Duration.ofSeconds(1));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(body(verify(pass.token(), "IN", UUID.randomUUID().toString()))).containsEntry("reason", "REVOKED");
        assertThat(body(verify(elsewhere.token(), "IN", UUID.randomUUID().toString())))
                .containsEntry("reason", "WRONG_SITE");
        assertThat(presence.find(SITE, lee)).isEmpty();
    }

    @Test
    void twentyConcurrentInScansOfOnePass_acceptExactlyOne_onDynamoDb() throws Exception {
        IssuedPass pass = stored(kit.passes.forWorker(worker("김민수")).site(SITE).issuedAt(NOW.minusSeconds(60)));

        List<ApiResponse> responses = Race.run(20, i -> () -> verify(pass.token(), "IN", "race-" + i));

        assertThat(responses).extracting(r -> json(r).get("result").asText()).filteredOn("ACCEPTED"::equals)
                .hasSize(1);
        assertThat(responses).extracting(r -> json(r).path("reason").asText()).filteredOn("ALREADY_INSIDE"::equals)
                .hasSize(19);
        assertThat(entriesOf(pass)).hasSize(20).filteredOn(e -> e.result() == GateResult.ACCEPTED).hasSize(1);
        assertThat(presence.listInside(SITE)).filteredOn(p -> p.passId().equals(pass.id())).hasSize(1);
    }

    @Test
    void copiesOfOneScanRacing_getOneAnswer_oneEntry_andOneMove_onDynamoDb() throws Exception {
        String lee = worker("이영희");
        IssuedPass pass = stored(kit.passes.forWorker(lee).site(SITE).issuedAt(NOW.minusSeconds(60)));

        List<ApiResponse> responses = Race.run(10, i -> () -> verify(pass.token(), "IN", "same-scan"));

        assertThat(responses).extracting(r -> json(r).get("result").asText()).containsOnly("ACCEPTED");
        assertThat(responses).extracting(r -> json(r).get("logId").asText()).containsOnly(
                log.findByScanId(SITE, "same-scan").orElseThrow().id());
        // the scan moved the worker once: a later OUT works once, and the IN copy arriving now moves nobody
        assertThat(body(verify(pass.token(), "OUT", "out-1"))).containsEntry("result", "ACCEPTED");
        assertThat(body(verify(pass.token(), "IN", "same-scan"))).containsEntry("result", "ACCEPTED");
        assertThat(presence.find(SITE, lee)).isEmpty();
    }

    /** The day's log of one pass, newest first: the tests of this class share its tables. */
    private List<AccessLogEntry> entriesOf(IssuedPass pass) {
        return log.listBySiteDate(SITE, LocalDate.of(2026, 3, 2), Optional.empty(), Optional.of(pass.pass().workerId()),
                PageRequest.first(100)).items().stream().filter(e -> e.passId().equals(Optional.of(pass.id()))).toList();
    }

    /** A worker of this test alone: the tests of this class share its tables. */
    private String worker(String name) {
        String id = "w-" + UUID.randomUUID();
        users.create(new User(id, SITE, id, name, "생산1팀", Role.WORKER, UserStatus.ACTIVE, "$argon2id$placeholder",
                List.of(), Optional.empty(), NOW, NOW, 1));
        return id;
    }

    private IssuedPass stored(TestPasses.Builder builder) {
        IssuedPass pass = builder.unrecorded().issue();
        passes.create(pass.pass());
        return pass;
    }

    private ApiResponse verify(String token, String direction, String scanId) {
        return send(asAdmin(RestEvent.post("/v1/qr/verify").json(Json.write(
                new QrTestKit.VerifyRequest(token, "GATE-1", direction, scanId, NOW.toString())))));
    }

    private ApiResponse send(RestEvent event) {
        try {
            return api.dispatcher().handle(event.bytes(), kit.context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reply's fields, worker's flattened in, as text. */
    private static Map<String, String> body(ApiResponse response) {
        Map<String, String> fields = new HashMap<>();
        json(response).fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        json(response).path("worker").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        return fields;
    }
}
