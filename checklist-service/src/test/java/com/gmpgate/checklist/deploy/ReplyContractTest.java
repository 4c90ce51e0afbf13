package com.gmpgate.checklist.deploy;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.as;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.getEvent;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.imageKey;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static com.gmpgate.checklist.ChecklistTestKit.withWoundPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.RestEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the handler replies fits docs/openapi.yaml's schemas, the contract the apps are built against. */
class ReplyContractTest {

    static final String WORKER = "u-worker1";
    static final ContractSchemas CONTRACT = ContractSchemas.load();

    static List<String> problems(String schema, ApiResponse response) {
        return CONTRACT.problems(schema, ChecklistTestKit.body(response));
    }

    static void assertFits(String schema, ApiResponse response) {
        assertThat(problems(schema, response)).as(schema + ": " + response.body()).isEmpty();
    }

    @Test
    void theTemplate_fitsChecklistTemplate_andTheCheckIsNoFormality() {
        ChecklistTestKit kit = new ChecklistTestKit();

        ApiResponse template = kit.call(as(RestEvent.get("/v1/checklist/template"), WORKER, "WORKER", SITE));

        assertFits("ChecklistTemplate", template);
        assertThat(problems("Submission", template)).isNotEmpty();
    }

    @Test
    void everyVerdictsReply_andTheListing_fitSubmission() {
        ChecklistTestKit kit = new ChecklistTestKit();
        String photo = imageKey(WORKER);
        ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.COMPLETED,
                Optional.of(ChecklistTestKit.minorCoveredCut()), ChecklistTestKit.START);

        ApiResponse pass = kit.submit(WORKER, healthy());
        ApiResponse conditional = kit.submit(WORKER, withWoundPhoto(healthy(), photo));
        ApiResponse action = kit.submit(WORKER, with(healthy(), "jewelry_removed", false));
        ApiResponse fail = kit.submit(WORKER, with(healthy(), "temperature", 38.5));
        kit.clock.advance(Duration.ofMinutes(30));
        ApiResponse lockedOut = kit.submit(WORKER, healthy());
        ApiResponse reinstated = kit.review(ChecklistTestKit.body(lockedOut).get("id").asText(), "u-admin",
                decision("APPROVE", "재측정 정상"));
        ApiResponse read = kit.call(getEvent(ChecklistTestKit.body(conditional).get("id").asText(), "u-admin",
                "ADMIN", SITE));
        ApiResponse page = kit.call(as(RestEvent.get("/v1/checklist/submissions").query("limit", "2"), WORKER,
                "WORKER", SITE));

        for (ApiResponse reply : List.of(pass, conditional, action, fail, lockedOut, reinstated, read)) {
            assertFits("Submission", reply);
        }
        assertFits("SubmissionPage", page);
        assertThat(ChecklistTestKit.body(page).has("nextCursor")).isTrue();
    }

    @Test
    void theRefusals_fitTheErrorEnvelope() {
        ChecklistTestKit kit = new ChecklistTestKit();
        ObjectNode request = healthy();
        kit.submit(WORKER, request);

        assertFits("Error", kit.submit(WORKER, with(healthy(), "temperature", 80)));
        assertFits("Error", kit.submit(WORKER, with(request, "hands_washed", false)));
        assertFits("Error", kit.call(getEvent("nothing", WORKER, "WORKER", SITE)));
        assertFits("Error", kit.review("nothing", "u-admin", decision("REJECT", "")));
    }
}
