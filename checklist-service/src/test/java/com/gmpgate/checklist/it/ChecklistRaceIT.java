package com.gmpgate.checklist.it;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.imageKey;
import static com.gmpgate.checklist.ChecklistTestKit.reviewEvent;
import static com.gmpgate.checklist.ChecklistTestKit.submitEvent;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static com.gmpgate.checklist.ChecklistTestKit.withWoundPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbAccessLogStore;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbPresenceStore;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.dynamodb.DynamoDbWorkerDayStore;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.dynamodb.DynamoDbDeviceStore;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateScan;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.GateEvents;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 12 item 1 on real storage semantics (dynalite): 20 requests at once for one worker's day — FAILs, all-good
 * screenings and supervisor approvals of the worker's earlier PENDING_REVIEWs — repeated 50 times, each time on a
 * fresh worker. Whatever lands first, the day ends with no pass the gate (shared-gate's {@link GateCheck}, as
 * qr-service and the offline sync run it) accepts.
 */
@LocalAwsTest
class ChecklistRaceIT {

    static final int ROUNDS = 50;
    static final int RACERS = 20;
    static final String ADMIN = "admin-" + UUID.randomUUID();

    static ChecklistApiHandler handler;
    static DynamoDbPassStore passes;
    static DynamoDbWorkerDayStore days;
    static GateCheck gate;

    @BeforeAll
    static void startTheFunctionAndTheGate(LocalAwsResources aws) throws Exception {
        Map<String, String> env = ChecklistOnDynalite.environment(aws);
        handler = new ChecklistApiHandler(Env.of(env));
        // the reviewer signs with their password, checked against UsersTable
        ChecklistOnDynalite.registerAdmins(ChecklistOnDynalite.stores(env), SITE, ADMIN);

        DynamoDbClient dynamoDb = DynamoDbClients.create(DynamoDbSettings.of(env));
        CursorCodec cursors = CursorCodec.ofSecret("another-secret-for-direct-reads-0123456789");
        passes = new DynamoDbPassStore(dynamoDb, aws.tableName("PassesTable"));
        days = new DynamoDbWorkerDayStore(dynamoDb, aws.tableName("WorkerDaysTable"));
        gate = new GateCheck(() -> PassKeys.forVerifying(env), PassKeys.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
                passes, days, new DynamoDbPresenceStore(dynamoDb, aws.tableName("PresenceTable")),
                new DynamoDbAccessLogStore(dynamoDb, aws.tableName("AccessLogsTable"), cursors),
                new DynamoDbUserStore(dynamoDb, aws.tableName("UsersTable"), cursors),
                new DynamoDbDeviceStore(dynamoDb, aws.tableName("UsersTable")), StaticPasses.EVERYWHERE,
                ZoneId.of("Asia/Seoul"), Clock.systemUTC(), () -> UUID.randomUUID().toString(), GateEvents.NONE);
    }

    static ApiResponse call(RestEvent event) {
        return ChecklistTestKit.call(handler, event, new FakeLambdaContext());
    }

    @Test
    void twentyMixedRequestsAtOnce_fiftyTimesOver_neverLeaveAPassTheGateAccepts_onAFailDay() throws Exception {
        Map<String, AtomicInteger> outcomes = new java.util.TreeMap<>();
        int passesIssued = 0;
        int passesRefused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String worker = "w-race-" + round + "-" + UUID.randomUUID();
            // two wound screenings waiting for a supervisor, approved while the race runs
            List<String> pending = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                JsonNode reply = body(call(submitEvent(worker, withWoundPhoto(healthy(), imageKey(worker)))));
                assertThat(reply.get("verdict").asText()).isEqualTo("PENDING_REVIEW");
                pending.add(reply.get("id").asText());
            }

            List<ApiResponse> replies = Race.run(RACERS, i -> () -> switch (i % 5) {
                case 0 -> call(submitEvent(worker, with(healthy(), "temperature", 39.0)));
                case 1 -> i < 10 ? call(reviewEvent(pending.get(i / 5), ADMIN, "ADMIN", SITE,
                        decision("APPROVE", "상처 확인함"))) : call(submitEvent(worker, healthy()));
                default -> call(submitEvent(worker, healthy()));
            });

            List<String> tokens = new ArrayList<>();
            boolean failRecorded = false;
            for (ApiResponse reply : replies) {
                JsonNode json = body(reply);
                String outcome = reply.statusCode() + " " + (reply.statusCode() < 300
                        ? json.get("verdict").asText() + (json.path("lockedOut").asBoolean() ? "(lockout)" : "")
                        : code(reply));
                outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                assertThat(reply.statusCode()).as(reply.body()).isIn(200, 201, 409);
                if (reply.statusCode() == 409) {
                    assertThat(code(reply)).isIn("LOCKED_OUT", "CONCURRENT_SUBMISSIONS", "ALREADY_REVIEWED");
                }
                if (json.has("pass")) {
                    tokens.add(json.get("pass").get("token").asText());
                }
                failRecorded |= reply.statusCode() == 201 && json.get("verdict").asText().equals("FAIL")
                        && !json.path("lockedOut").asBoolean();
            }
            assertThat(failRecorded).as("round %d: a FAIL was recorded", round).isTrue();
            WorkerDay day = days.find(worker, LocalDate.now(ZoneId.of("Asia/Seoul"))).orElseThrow();
            assertThat(day.lockedOut()).isTrue();

            // every pass shown to anyone during the race, and every pass on record: the gate refuses each
            for (Pass pass : passesOf(tokens, day)) {
                passesIssued++;
                GateOutcome atTheGate = gate.scan(new GateScan(SITE, "guard-1", "scan-" + UUID.randomUUID(),
                        pass.token(), "GATE-1", Direction.IN, Instant.now(), false));
                assertThat(atTheGate.entry().result()).as("round %d, pass %s", round, pass.id())
                        .isEqualTo(GateResult.REJECTED);
                passesRefused++;
            }
        }
        System.out.println("race: " + ROUNDS + " rounds x " + RACERS + " requests; replies " + outcomes
                + "; passes issued during the races " + passesIssued + ", refused at the gate " + passesRefused);
    }

    /** The passes a reply carried, plus every pass the day listed that was stored. */
    private static List<Pass> passesOf(List<String> tokens, WorkerDay day) {
        Map<String, Pass> found = new HashMap<>();
        day.passes().keySet().forEach(id -> passes.findById(id).ifPresent(p -> found.put(id, p)));
        for (String token : tokens) {
            assertThat(found.values()).as("a pass shown in a reply is one the day listed").anySatisfy(p ->
                    assertThat(p.token()).isEqualTo(token));
        }
        return List.copyOf(found.values());
    }
}
