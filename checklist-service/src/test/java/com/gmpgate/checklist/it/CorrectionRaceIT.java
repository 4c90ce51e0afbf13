package com.gmpgate.checklist.it;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.correction;
import static com.gmpgate.checklist.ChecklistTestKit.correctionEvent;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.imageKey;
import static com.gmpgate.checklist.ChecklistTestKit.reviewEvent;
import static com.gmpgate.checklist.ChecklistTestKit.submitEvent;
import static com.gmpgate.checklist.ChecklistTestKit.withWoundPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.port.PageRequest;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: corrections of one signed decision sent at once, against dynalite — exactly one is recorded per version
 * of the submission (the conditional put on its version), the others are 409 ALREADY_CORRECTED; the submission keeps
 * the decision and that one correction, both signatures valid, and the audit trail holds one correction.
 */
@LocalAwsTest
class CorrectionRaceIT {

    static final int ROUNDS = 6;
    static final int RACERS = 6;
    static final List<String> ADMINS = List.of("qa-" + UUID.randomUUID(), "qa-" + UUID.randomUUID());

    static ChecklistApiHandler handler;
    static DynamoDbStores stores;

    @BeforeAll
    static void startTheFunction(LocalAwsResources aws) throws Exception {
        Map<String, String> env = ChecklistOnDynalite.environment(aws);
        handler = new ChecklistApiHandler(Env.of(env));
        stores = ChecklistOnDynalite.stores(env);
        // production's Argon2id: each racer's signature check takes as long as a real one
        ChecklistOnDynalite.registerAdmins(stores, SITE, ADMINS.toArray(String[]::new));
    }

    static ApiResponse call(RestEvent event) {
        return ChecklistTestKit.call(handler, event, new FakeLambdaContext());
    }

    @Test
    void correctionsOfOneDecisionAtOnce_recordExactlyOne_eachRound() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        for (int round = 0; round < ROUNDS; round++) {
            String worker = "w-fix-" + round + "-" + UUID.randomUUID();
            JsonNode pending = body(call(submitEvent(worker, withWoundPhoto(healthy(), imageKey(worker)))));
            assertThat(pending.get("verdict").asText()).isEqualTo("PENDING_REVIEW");
            String id = pending.get("id").asText();
            JsonNode approved = body(call(reviewEvent(id, ADMINS.get(0), "ADMIN", SITE,
                    decision("APPROVE", "상처 확인함"))));
            String original = approved.get("review").get("signature").get("hash").asText();

            // each racer a different correction (decision or reason), so none is a retry of another
            List<ApiResponse> replies = Race.run(RACERS, i -> () -> call(correctionEvent(id,
                    ADMINS.get(i % ADMINS.size()), "ADMIN", SITE, i % 2 == 0
                            ? correction(original, "REJECT", "정정 " + i + ": 고름 보임")
                            : correction(original, "APPROVE_WITH_CONDITIONS", "정정 " + i + ": 장갑 필요",
                                    "GLOVES_OVER_COVERED_WOUND"))));

            int won = 0;
            for (ApiResponse reply : replies) {
                String outcome = reply.statusCode() + " " + (reply.statusCode() == 200 ? "OK" : code(reply));
                outcomes.merge(outcome, 1, Integer::sum);
                assertThat(outcome).as(reply.body()).isIn("200 OK", "409 ALREADY_CORRECTED");
                won += reply.statusCode() == 200 ? 1 : 0;
            }
            assertThat(won).as("round %d: corrections recorded", round).isEqualTo(1);
            Submission stored = stores.submissions().findById(id).orElseThrow();
            assertThat(stored.reviews()).hasSize(2);
            assertThat(stored.reviews().get(1).signature().orElseThrow().corrects()).contains(original);
            assertThat(SignedDecisions.statuses(stored)).containsOnly(SignedDecisions.Status.VALID);
            JsonNode winner = replies.stream().filter(r -> r.statusCode() == 200).map(ChecklistTestKit::body)
                    .findFirst().orElseThrow();
            assertThat(winner.get("review").get("note").asText()).isEqualTo(stored.reviews().get(1).note());
            List<AuditEntry> corrections = stores.auditTrail().list(SITE, from, Instant.now().plusSeconds(5),
                            PageRequest.first(100)).items().stream()
                    .filter(e -> e.targetId().equals(id) && e.action() == AuditAction.SUBMISSION_REVIEW_CORRECTED)
                    .toList();
            assertThat(corrections).singleElement().satisfies(e -> assertThat(e.signature().orElseThrow().hash())
                    .isEqualTo(stored.reviews().get(1).signature().orElseThrow().hash()));
        }
        System.out.println("correction race: " + ROUNDS + " rounds x " + RACERS + " corrections; replies " + outcomes);
    }
}
