package com.gmpgate.qr;

import static com.gmpgate.qr.QrTestKit.NOW;
import static com.gmpgate.qr.QrTestKit.SITE;
import static com.gmpgate.qr.QrTestKit.asAdmin;
import static com.gmpgate.qr.QrTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Json;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.SignedGateRecords;
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
import com.gmpgate.port.AuditTrail;
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

/**
 * POST /v1/qr/verify, the signed revocation and the guard's signed desk through the handler, on the DynamoDB
 * adapters against dynalite.
 */
@LocalAwsTest
class QrVerifyIT {

    private final QrTestKit kit = new QrTestKit();
    private PassStore passes;
    private PresenceStore presence;
    private AccessLogStore log;
    private QrApiHandler api;
    private UserStore users;
    private AuditTrail audit;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        Map<String, String> environment = aws.endpoints().dynamoDbEnvironment();
        environment.putAll(Map.ofEntries(
                Map.entry(DynamoDbSettings.PASSES_TABLE, aws.tableName("PassesTable")),
                Map.entry(DynamoDbSettings.PRESENCE_TABLE, aws.tableName("PresenceTable")),
                Map.entry(DynamoDbSettings.ACCESS_LOGS_TABLE, aws.tableName("AccessLogsTable")),
                Map.entry(DynamoDbSettings.USERS_TABLE, aws.tableName("UsersTable")),
                Map.entry(DynamoDbSettings.SESSIONS_TABLE, aws.tableName("SessionsTable")),
                Map.entry(DynamoDbSettings.AUDIT_TABLE, aws.tableName("AuditTable")),
                Map.entry(DynamoDbSettings.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789")));
        DynamoDbSettings settings = DynamoDbSettings.of(environment);
        DynamoDbStores stores = new DynamoDbStores(settings, DynamoDbClients.create(settings));
        passes = stores.passes();
        presence = stores.presence();
        log = stores.accessLog();
        users = stores.users();
        audit = stores.auditTrail();
        api = kit.handler(passes, presence, log, users, stores.attempts(), audit);
        if (users.findById(QrTestKit.ADMIN).isEmpty()) {
            // the admin signs revocations with their stored password
            users.create(QrTestKit.storedUser(QrTestKit.ADMIN, "경비 최", "보안팀", SITE, Role.ADMIN));
        }
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
                "/v1/qr/passes/" + pass.id() + "/revoke").pathParameter("id", pass.id())
                .json("{\"reason\":\"FAIL\",\"password\":\"" + QrTestKit.PASSWORD + "\"}")));
        kit.clock.advance(Duration.ofSeconds(1));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(signedBy(QrTestKit.ADMIN)).filteredOn(e -> e.targetId().equals(pass.id())).singleElement()
                .satisfies(e -> assertThat(e.signature().orElseThrow().verifies(
                        SignedGateRecords.recordHash(passes.findById(pass.id()).orElseThrow()))).isTrue());
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

    @Test
    void aDoubleTappedCorrection_racing_writesOneFix_andOneSignedRecord_onDynamoDb() throws Exception {
        String kim = worker("김민수");
        String guard = guard();
        IssuedPass pass = stored(kit.passes.forWorker(kim).site(SITE).issuedAt(NOW.minusSeconds(60)));
        verify(pass.token(), "IN", "dt-" + kim + "-1");
        String refused = "dt-" + kim + "-2";
        assertThat(body(verify(pass.token(), "IN", refused))).containsEntry("reason", "ALREADY_INSIDE");

        List<ApiResponse> taps = Race.run(6, i -> () -> send(QrTestKit.asGate(RestEvent.post("/v1/qr/corrections")
                .json(Json.write(Map.of("scanId", refused, "password", QrTestKit.PASSWORD))), guard)));

        assertThat(taps).extracting(ApiResponse::statusCode).containsOnly(200);
        assertThat(taps).extracting(r -> json(r).get("logId").asText()).hasSize(6).containsOnly(
                log.findByScanId(SITE, "fix-in." + log.findByScanId(SITE, refused).orElseThrow().id()).orElseThrow()
                        .id());
        assertThat(taps).filteredOn(r -> json(r).has("signature")).hasSize(1);
        // IN, refused IN, the fix's OUT and IN: once each, the refused entry as it was
        assertThat(entriesOf(pass)).hasSize(4);
        assertThat(log.findByScanId(SITE, refused).orElseThrow().result()).isEqualTo(GateResult.REJECTED);
        assertThat(signedBy(guard)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.GATE_CORRECTION);
            // the entry that answers and the exit the fix wrote first, both signed
            assertThat(e.signature().orElseThrow().verifies(SignedGateRecords.recordHash(
                    log.findByScanId(SITE, json(taps.get(0)).get("scanId").asText()).orElseThrow(),
                    log.findByScanId(SITE, SignedGateRecords.FIX_EXIT + log.findByScanId(SITE, refused)
                            .orElseThrow().id()),
                    Optional.of(refused)))).isTrue();
        });
    }

    @Test
    void aDoubleTappedManualEntry_racing_logsOnce_andSignsOnce_onDynamoDb() throws Exception {
        String lee = worker("이영희");
        String guard = guard();
        IssuedPass pass = stored(kit.passes.forWorker(lee).site(SITE).issuedAt(NOW.minusSeconds(60)));
        String scanId = "man-" + lee;

        List<ApiResponse> taps = Race.run(6, i -> () -> send(QrTestKit.asGate(RestEvent.post("/v1/qr/manual-entries")
                .json(Json.write(Map.of("workerId", lee, "gateId", "GATE-1", "direction", "IN", "scanId", scanId,
                        "password", QrTestKit.PASSWORD))), guard)));

        assertThat(taps).extracting(r -> json(r).get("result").asText()).containsOnly("ACCEPTED");
        assertThat(taps).filteredOn(r -> json(r).has("signature")).hasSize(1);
        assertThat(entriesOf(pass)).hasSize(1);
        assertThat(signedBy(guard)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.GATE_MANUAL_ENTRY));
    }

    @Test
    void aSignedRecordInTheAuditTrail_isNotOverwritten_byAnotherWriteOfItsKey_onDynamoDb() {
        String lee = worker("이영희");
        String guard = guard();
        stored(kit.passes.forWorker(lee).site(SITE).issuedAt(NOW.minusSeconds(60)));
        send(QrTestKit.asGate(RestEvent.post("/v1/qr/manual-entries").json(Json.write(Map.of("workerId", lee,
                "gateId", "GATE-1", "direction", "IN", "scanId", "man-ow-" + lee, "password", QrTestKit.PASSWORD))),
                guard));
        AuditEntry signed = signedBy(guard).get(0);

        // an "edit": the same entry id and time, another account and no signature
        audit.append(new AuditEntry(signed.id(), signed.siteId(), signed.at(), signed.actorId(), signed.action(),
                signed.targetType(), signed.targetId(), "edited later", Optional.empty()));

        assertThat(signedBy(guard)).singleElement().isEqualTo(signed);
    }

    /** The audit trail's entries signed by one guard of this test. */
    private List<AuditEntry> signedBy(String guard) {
        return audit.list(SITE, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), PageRequest.first(100))
                .items().stream().filter(e -> e.actorId().equals(guard)).toList();
    }

    /** A GATE user of this test alone, whose password is {@link QrTestKit#PASSWORD}. */
    private String guard() {
        String id = "g-" + UUID.randomUUID();
        users.create(QrTestKit.storedUser(id, "정문 태블릿", "보안팀", SITE, Role.GATE));
        return id;
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
