package com.gmpgate.checklist.api;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.OTHER_SITE;
import static com.gmpgate.checklist.ChecklistTestKit.as;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.getEvent;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.imageKey;
import static com.gmpgate.checklist.ChecklistTestKit.reviewEvent;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static com.gmpgate.checklist.ChecklistTestKit.withWoundPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.application.SiteRulePacks;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.pass.PassRejectionReason;
import com.gmpgate.pass.PassVerificationResult;
import com.gmpgate.pass.PassVerdict;
import com.gmpgate.fakes.InMemorySubmissionStore;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.Stored;
import com.gmpgate.port.SubmissionStore;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChecklistApiHandlerTest {

    static final String WORKER = "6b0b3d2e-3c4e-4f0a-9d6c-2f1b8e7a9c10";
    static final String COLLEAGUE = "0c2f9a55-7d1e-4b8e-a0f3-1e2d3c4b5a69";
    static final String ADMIN = "a0d1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b";
    static final String OTHER_ADMIN = "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9";

    ChecklistTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new ChecklistTestKit();
    }

    JsonNode submitted(String worker, JsonNode request) {
        ApiResponse response = kit.submit(worker, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    @Nested
    class Template {

        @Test
        void isTheSitesRulePackChecklist_inScreenOrder_withTheConditionsAReviewerCanSet() {
            ApiResponse response = kit.call(as(RestEvent.get("/v1/checklist/template"), WORKER, "WORKER", SITE));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode template = body(response);
            assertThat(template.get("id").asText()).isEqualTo("kr-food-haccp-daily");
            assertThat(template.get("version").asInt()).isEqualTo(1);
            assertThat(template.get("rulePack").asText()).isEqualTo(RulePacks.DEFAULT_ID);
            assertThat(template.get("rulePackHash").asText()).isEqualTo(ChecklistTestKit.defaultPack().contentHash());
            List<String> ids = new ArrayList<>();
            template.get("items").forEach(item -> ids.add(item.get("id").asText()));
            assertThat(ids).containsExactly("temperature", "vomiting", "diarrhea", "jaundice", "sore_throat_fever",
                    "reportable_diagnosis", "hand_wound", "hand_wound_photo", "uniform_clean", "hair_covered",
                    "jewelry_removed", "nails_ok", "hands_washed");
            JsonNode photo = template.get("items").get(7);
            assertThat(photo.get("type").asText()).isEqualTo("PHOTO");
            assertThat(photo.get("requiredWhen").toString()).isEqualTo("{\"itemId\":\"hand_wound\",\"is\":true}");
            JsonNode temperature = template.get("items").get(0);
            assertThat(temperature.get("min").asInt()).isEqualTo(34);
            assertThat(temperature.get("unit").asText()).isEqualTo("°C");
            assertThat(temperature.get("label").get("ko").asText()).isNotBlank();
            assertThat(template.get("conditions").get(0).get("code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
        }

        @Test
        void ofASiteAssignedAnotherPack_isThatPacksChecklist() {
            kit = new ChecklistTestKit(new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID,
                    Map.of("pharma-plant", "eu-gmp-pharma")));

            JsonNode template = body(kit.call(as(RestEvent.get("/v1/checklist/template"), WORKER, "WORKER",
                    "pharma-plant")));

            assertThat(template.get("rulePack").asText()).isEqualTo("eu-gmp-pharma");
        }

        @Test
        void withoutTheAuthorizersContext_isUnauthorized() {
            ApiResponse response = kit.call(RestEvent.get("/v1/checklist/template").header("x-api-key", "k"));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("UNAUTHORIZED");
        }
    }

    @Nested
    class Submit {

        @Test
        void healthyAnswers_pass_withASignedPassTheGateAccepts_untilTheEndOfTheShift() {
            ApiResponse response = kit.submit(WORKER, healthy());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode reply = body(response);
            assertThat(reply.get("verdict").asText()).isEqualTo("PASS");
            assertThat(reply.get("workerId").asText()).isEqualTo(WORKER);
            assertThat(reply.get("submittedAt").asText()).isEqualTo(ChecklistTestKit.START.toString());
            assertThat(reply.get("siteDate").asText()).isEqualTo("2026-03-02");
            assertThat(reply.get("reasons")).isEmpty();
            assertThat(response.headers()).containsEntry("Location", "/v1/checklist/submissions/" + reply.get("id").asText());
            JsonNode pass = reply.get("pass");
            assertThat(pass.get("expiresAt").asText()).isEqualTo("2026-03-02T12:15:00Z");

            PassVerificationResult atGate = kit.verifyAtGate(pass.get("token").asText(), kit.clock);
            assertThat(atGate).isInstanceOf(PassVerificationResult.Valid.class);
            var claims = ((PassVerificationResult.Valid) atGate).claims();
            assertThat(claims.workerId()).isEqualTo(WORKER);
            assertThat(claims.passId()).isEqualTo(pass.get("id").asText());
            assertThat(claims.submissionId()).isEqualTo(reply.get("id").asText());
            assertThat(claims.verdict()).isEqualTo(PassVerdict.PASS);
            assertThat(kit.passes.findById(pass.get("id").asText())).isPresent();
            assertThat(kit.submissions.findById(reply.get("id").asText()).orElseThrow().passId())
                    .contains(pass.get("id").asText());

            MutableClock afterShift = new MutableClock(ChecklistTestKit.START.plus(Duration.ofHours(13)));
            assertThat(kit.verifyAtGate(pass.get("token").asText(), afterShift))
                    .isEqualTo(new PassVerificationResult.Rejected(PassRejectionReason.EXPIRED, Optional.of(claims)));
        }

        @Test
        void badAnswers_areRefused_namingEveryItem_inBothLanguages() {
            ObjectNode request = with(with(healthy(), "temperature", 51), "vomiting", "yes");
            ((ObjectNode) request.get("answers")).remove("hands_washed");
            ((ObjectNode) request.get("answers")).put("smoking", false);

            ApiResponse response = kit.submit(WORKER, request);

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = body(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(error.get("requestId").asText()).isNotBlank();
            List<String> problems = new ArrayList<>();
            error.get("details").forEach(d -> problems.add(d.get("field").asText() + ":" + d.get("code").asText()));
            assertThat(problems).containsExactlyInAnyOrder("temperature:OUT_OF_RANGE", "vomiting:WRONG_TYPE",
                    "hands_washed:MISSING", "smoking:UNKNOWN_ITEM");
            error.get("details").forEach(d -> {
                assertThat(d.get("message").get("ko").asText()).isNotBlank();
                assertThat(d.get("message").get("en").asText()).isNotBlank();
            });
            assertThat(kit.submissions.all()).isEmpty();
            assertThat(kit.events.published()).isEmpty();
        }

        @Test
        void aWoundWithoutItsPhoto_isRefused_asPhotoRequired() {
            ApiResponse response = kit.submit(WORKER, with(healthy(), "hand_wound", true));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body(response).get("error").get("details").get(0).get("code").asText())
                    .isEqualTo("PHOTO_REQUIRED");
        }

        @Test
        void anOldTemplateVersion_isRefusedAlone_soTheAppReloadsTheChecklist() {
            ObjectNode request = with(healthy(), "temperature", 51);
            request.put("templateVersion", 0);

            JsonNode details = body(kit.submit(WORKER, request)).get("error").get("details");

            assertThat(details).hasSize(1);
            assertThat(details.get(0).get("field").asText()).isEqualTo("templateVersion");
            assertThat(details.get(0).get("code").asText()).isEqualTo("TEMPLATE_MISMATCH");
        }

        @Test
        void aPhotoThatIsNotTheWorkersOwnUpload_isRefused() {
            String colleaguesPhoto = imageKey(COLLEAGUE);
            ChecklistTestKit.analysed(kit.analyses, COLLEAGUE, colleaguesPhoto, AnalysisStatus.COMPLETED,
                    Optional.of(ChecklistTestKit.minorCoveredCut()), ChecklistTestKit.START);

            ApiResponse response = kit.submit(WORKER, withWoundPhoto(healthy(), colleaguesPhoto));

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode detail = body(response).get("error").get("details").get(0);
            assertThat(detail.get("field").asText()).isEqualTo("hand_wound_photo");
            assertThat(detail.get("code").asText()).isEqualTo("UNKNOWN_PHOTO");
        }

        @Test
        void aMalformedBody_isA400NamingTheField() {
            ObjectNode request = healthy();
            request.put("templateVersion", "1");
            request.remove("clientSubmissionId");

            ApiResponse response = kit.submit(WORKER, request);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("VALIDATION_FAILED");
            assertThat(body(response).get("error").get("details").get(0).get("field").asText())
                    .isEqualTo("templateVersion");
        }

        @Test
        void theSameRequestAgain_returnsTheFirstResult_withoutASecondPassOrEvent() {
            ObjectNode request = healthy();
            JsonNode first = submitted(WORKER, request);
            kit.clock.advance(Duration.ofSeconds(20));

            ApiResponse again = kit.submit(WORKER, request);

            assertThat(again.statusCode()).isEqualTo(200);
            JsonNode second = body(again);
            assertThat(second.get("id")).isEqualTo(first.get("id"));
            assertThat(second.get("submittedAt")).isEqualTo(first.get("submittedAt"));
            assertThat(second.get("pass").get("token")).isEqualTo(first.get("pass").get("token"));
            assertThat(kit.submissions.all()).hasSize(1);
            assertThat(kit.passes.all()).hasSize(1);
            assertThat(kit.events.published()).hasSize(1);
        }

        @Test
        void theSameRequestSentSixTimesAtOnce_isEvaluatedAndStoredOnce_withOnePass() throws Exception {
            ObjectNode request = healthy();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Callable<ApiResponse>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(() -> kit.submit(WORKER, request));
            }
            List<ApiResponse> replies = new ArrayList<>();
            for (Future<ApiResponse> reply : pool.invokeAll(sends)) {
                replies.add(reply.get());
            }
            pool.shutdown();

            assertThat(replies).extracting(ApiResponse::statusCode).containsOnlyOnce(201).containsOnly(201, 200);
            assertThat(replies).extracting(r -> body(r).get("id").asText()).containsOnly(body(replies.get(0)).get("id").asText());
            assertThat(kit.passes.all()).hasSize(1);
            assertThat(kit.events.published()).hasSize(1);
        }

        @Test
        void theSameRequestAgain_withTheAnswersInAnotherOrderAndNumberForm_isStillTheSameRequest() {
            ObjectNode request = with(healthy(), "temperature", 36.5);
            submitted(WORKER, request);
            ObjectNode reordered = request.deepCopy();
            ObjectNode answers = ChecklistTestKit.JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            request.get("answers").fieldNames().forEachRemaining(names::add);
            java.util.Collections.reverse(names);
            names.forEach(name -> answers.set(name, request.get("answers").get(name)));
            answers.put("temperature", new java.math.BigDecimal("36.50"));
            reordered.set("answers", answers);

            assertThat(kit.submit(WORKER, reordered).statusCode()).isEqualTo(200);
        }

        @Test
        void theSameClientSubmissionIdWithOtherAnswers_isAnIdempotencyConflict() {
            ObjectNode request = healthy();
            submitted(WORKER, request);

            ApiResponse conflict = kit.submit(WORKER, with(request, "jewelry_removed", false));

            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(code(conflict)).isEqualTo("IDEMPOTENCY_CONFLICT");
            assertThat(kit.submissions.all()).hasSize(1);
        }

        @Test
        void aFail_revokesTheWorkersCurrentPass() {
            String passId = submitted(WORKER, healthy()).get("pass").get("id").asText();
            kit.clock.advance(Duration.ofHours(2));

            JsonNode fail = submitted(WORKER, with(healthy(), "diarrhea", true));

            assertThat(fail.get("verdict").asText()).isEqualTo("FAIL");
            assertThat(fail.has("pass")).isFalse();
            assertThat(fail.get("returnToWork").get("ko").asText()).isNotBlank();
            Pass revoked = kit.passes.findById(passId).orElseThrow();
            assertThat(revoked.revokedAt()).contains(kit.clock.instant());
            assertThat(revoked.revokedReason().orElseThrow()).contains(fail.get("id").asText());
            assertThat(kit.passes.findCurrentForWorker(WORKER, kit.clock.instant())).isEmpty();
        }

        @Test
        void afterAFail_theRestOfTheDayIsLockedOut_evenWithHealthyAnswers() {
            submitted(WORKER, with(healthy(), "temperature", 38.2));
            kit.clock.advance(Duration.ofMinutes(30));

            JsonNode retry = submitted(WORKER, healthy());

            assertThat(retry.get("verdict").asText()).isEqualTo("FAIL");
            assertThat(retry.get("lockedOut").asBoolean()).isTrue();
            assertThat(retry.get("reasons").get(0).get("ruleId").asText()).isEqualTo("RESCREEN_LOCKOUT");
            assertThat(retry.has("pass")).isFalse();
            assertThat(kit.passes.all()).isEmpty();
        }

        @Test
        void theNextSiteDay_isNoLongerLockedOut() {
            submitted(WORKER, with(healthy(), "temperature", 38.2));
            kit.clock.set(Instant.parse("2026-03-02T15:05:00Z")); // 00:05 on the 3rd in Seoul

            JsonNode nextDay = submitted(WORKER, healthy());

            assertThat(nextDay.get("siteDate").asText()).isEqualTo("2026-03-03");
            assertThat(nextDay.get("verdict").asText()).isEqualTo("PASS");
        }

        @Test
        void somethingToFix_isActionRequired_withNoPassAndNoLockout() {
            JsonNode ring = submitted(WORKER, with(healthy(), "jewelry_removed", false));
            assertThat(ring.get("verdict").asText()).isEqualTo("ACTION_REQUIRED");
            assertThat(ring.has("pass")).isFalse();
            kit.clock.advance(Duration.ofMinutes(2));

            assertThat(submitted(WORKER, healthy()).get("verdict").asText()).isEqualTo("PASS");
        }

        @Test
        void aMinorCoveredWound_theModelAssessed_goesToASupervisor_withTheConditionKept_andNoPass() {
            String photo = imageKey(WORKER);
            ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.COMPLETED,
                    Optional.of(ChecklistTestKit.minorCoveredCut()), ChecklistTestKit.START.minusSeconds(40));

            JsonNode reply = submitted(WORKER, withWoundPhoto(healthy(), photo));

            assertThat(reply.get("verdict").asText()).isEqualTo("PENDING_REVIEW");
            assertThat(reply.has("pass")).isFalse();
            assertThat(reply.get("reasons").findValuesAsText("ruleId")).contains("KR-WOUND-HUMAN-CHECK");
            assertThat(reply.get("conditions").get(0).get("code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
        }

        @Test
        void aMinorCoveredWound_theModelAssessed_isAConditionalPass_withTheConditionInThePass_whereTheSiteOptsIn() {
            kit = new ChecklistTestKit(new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID, Map.of(),
                    SiteRulePacks.parseSettings(SITE + ":modelClearsMinorWounds=true")));
            String photo = imageKey(WORKER);
            ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.COMPLETED,
                    Optional.of(ChecklistTestKit.minorCoveredCut()), ChecklistTestKit.START.minusSeconds(40));

            JsonNode reply = submitted(WORKER, withWoundPhoto(healthy(), photo));

            assertThat(reply.get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
            assertThat(reply.get("conditions").get(0).get("code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
            assertThat(reply.get("conditions").get(0).get("message").get("en").asText()).isNotBlank();
            var claims = ((PassVerificationResult.Valid) kit.verifyAtGate(
                    reply.get("pass").get("token").asText(), kit.clock)).claims();
            assertThat(claims.verdict()).isEqualTo(PassVerdict.CONDITIONAL_PASS);
            assertThat(claims.conditions()).containsExactly("GLOVES_OVER_COVERED_WOUND");
            JsonNode assessment = reply.get("assessments").get(0);
            assertThat(assessment.get("modelId").asText()).startsWith("us.anthropic.claude-haiku");
            assertThat(assessment.get("assessment").get("coverType").asText()).isEqualTo("WATERPROOF_DRESSING");
        }

        @Test
        void aWoundPhotoWithoutACompletedAnalysis_goesToAHuman() {
            String notYet = imageKey(WORKER);
            String manual = imageKey(WORKER);
            ChecklistTestKit.analysed(kit.analyses, WORKER, manual, AnalysisStatus.NEEDS_REVIEW, Optional.empty(),
                    ChecklistTestKit.START);

            assertThat(submitted(WORKER, withWoundPhoto(healthy(), notYet)).get("verdict").asText())
                    .isEqualTo("PENDING_REVIEW");
            assertThat(submitted(WORKER, withWoundPhoto(healthy(), manual)).get("verdict").asText())
                    .isEqualTo("PENDING_REVIEW");
        }

        @Test
        void anInfectedWound_fails() {
            String photo = imageKey(WORKER);
            ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.COMPLETED,
                    Optional.of(ChecklistTestKit.infected()), ChecklistTestKit.START);

            assertThat(submitted(WORKER, withWoundPhoto(healthy(), photo)).get("verdict").asText()).isEqualTo("FAIL");
        }

        @Test
        void aNewPass_supersedesTheWorkersEarlierOne() {
            kit = new ChecklistTestKit(new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID, Map.of(),
                    SiteRulePacks.parseSettings(SITE + ":modelClearsMinorWounds=true")));
            String morning = submitted(WORKER, healthy()).get("pass").get("id").asText();
            kit.clock.advance(Duration.ofHours(4));
            String photo = imageKey(WORKER);
            ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.COMPLETED,
                    Optional.of(ChecklistTestKit.minorCoveredCut()), kit.clock.instant());

            String afternoon = submitted(WORKER, withWoundPhoto(healthy(), photo)).get("pass").get("id").asText();

            assertThat(kit.passes.findById(morning).orElseThrow().revokedReason().orElseThrow()).contains(afternoon);
            assertThat(kit.passes.findCurrentForWorker(WORKER, kit.clock.instant()).orElseThrow().id())
                    .isEqualTo(afternoon);
        }

        @Test
        void publishesChecklistEvaluated_withIdsAndTheVerdict_butNoHealthAnswers() {
            JsonNode reply = submitted(WORKER, with(healthy(), "vomiting", true));

            // gastrointestinal: the outbreak watch's one signal, without saying which symptom
            assertThat(kit.events.published()).containsExactly(new ChecklistEvaluated(reply.get("id").asText(), SITE,
                    WORKER, LocalDate.of(2026, 3, 2), Verdict.FAIL, ChecklistEvaluated.Trigger.SUBMISSION,
                    ChecklistTestKit.START, Optional.empty(), Optional.empty(), true));
        }

        @Test
        void aFailForFever_isNotGastroIntestinal() {
            submitted(WORKER, with(healthy(), "temperature", 38.5));

            assertThat(kit.events.published()).singleElement().satisfies(event -> {
                assertThat(event.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(event.gastrointestinal()).isFalse();
            });
        }

        @Test
        void byAnAdmin_isForbidden() {
            ApiResponse response = kit.call(as(RestEvent.post("/v1/checklist/submissions").json(healthy().toString()),
                    ADMIN, "ADMIN", SITE));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("FORBIDDEN");
        }

        @Test
        void aStorageOutage_isA503_andTheRetrySucceedsWithTheSameResult() {
            ObjectNode request = healthy();
            kit.submissions.simulateOutage(true);

            ApiResponse down = kit.submit(WORKER, request);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).doesNotContain("simulated");
            kit.submissions.simulateOutage(false);
            assertThat(kit.submit(WORKER, request).statusCode()).isEqualTo(201);
        }
    }

    @Nested
    class Listing {

        @Test
        void aWorker_getsOnlyTheirOwn_newestFirst_aPageAtATime() {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                mine.add(0, submitted(WORKER, with(healthy(), "jewelry_removed", false)).get("id").asText());
                kit.clock.advance(Duration.ofMinutes(5));
            }
            submitted(COLLEAGUE, healthy());

            JsonNode first = body(kit.call(as(RestEvent.get("/v1/checklist/submissions").query("limit", "2"),
                    WORKER, "WORKER", SITE)));
            JsonNode second = body(kit.call(as(RestEvent.get("/v1/checklist/submissions").query("limit", "2")
                    .query("cursor", first.get("nextCursor").asText()), WORKER, "WORKER", SITE)));

            List<String> ids = new ArrayList<>();
            first.get("items").forEach(i -> ids.add(i.get("id").asText()));
            second.get("items").forEach(i -> ids.add(i.get("id").asText()));
            assertThat(ids).containsExactlyElementsOf(mine);
            assertThat(second.has("nextCursor")).isFalse();
            assertThat(first.get("items").get(0).get("workerId").asText()).isEqualTo(WORKER);
        }

        @Test
        void aWorkerAskingForAnotherWorkersList_isForbidden() {
            ApiResponse response = kit.call(as(RestEvent.get("/v1/checklist/submissions").query("workerId", COLLEAGUE),
                    WORKER, "WORKER", SITE));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("FORBIDDEN");
        }

        @Test
        void anAdmin_getsTheSitesDay_filteredByVerdictAndWorker_neverAnotherSites() {
            String fail = submitted(WORKER, with(healthy(), "jaundice", true)).get("id").asText();
            String pass = submitted(COLLEAGUE, healthy()).get("id").asText();
            kit.submit("someone-elsewhere", healthy()); // a worker of this site too, as far as the kit goes

            JsonNode all = body(kit.call(as(RestEvent.get("/v1/checklist/submissions"), ADMIN, "ADMIN", SITE)));
            JsonNode fails = body(kit.call(as(RestEvent.get("/v1/checklist/submissions").query("date", "2026-03-02")
                    .query("verdict", "FAIL"), ADMIN, "ADMIN", SITE)));
            JsonNode colleague = body(kit.call(as(RestEvent.get("/v1/checklist/submissions")
                    .query("workerId", COLLEAGUE), ADMIN, "ADMIN", SITE)));
            JsonNode elsewhere = body(kit.call(as(RestEvent.get("/v1/checklist/submissions"), OTHER_ADMIN, "ADMIN",
                    OTHER_SITE)));

            assertThat(all.get("items")).hasSize(3);
            assertThat(fails.get("items")).extracting(i -> i.get("id").asText()).containsExactly(fail);
            assertThat(colleague.get("items")).extracting(i -> i.get("id").asText()).containsExactly(pass);
            assertThat(elsewhere.get("items")).isEmpty();
        }

        @Test
        void anotherDay_isEmpty_andABadFilterIsA400() {
            submitted(WORKER, healthy());

            JsonNode yesterday = body(kit.call(as(RestEvent.get("/v1/checklist/submissions")
                    .query("date", "2026-03-01"), ADMIN, "ADMIN", SITE)));
            ApiResponse badDate = kit.call(as(RestEvent.get("/v1/checklist/submissions").query("date", "03/02/2026"),
                    ADMIN, "ADMIN", SITE));
            ApiResponse badVerdict = kit.call(as(RestEvent.get("/v1/checklist/submissions").query("verdict", "OK"),
                    ADMIN, "ADMIN", SITE));

            assertThat(yesterday.get("items")).isEmpty();
            assertThat(badDate.statusCode()).isEqualTo(400);
            assertThat(body(badDate).get("error").get("details").get(0).get("field").asText()).isEqualTo("date");
            assertThat(badVerdict.statusCode()).isEqualTo(400);
        }

        @Test
        void aForgedCursor_isA400() {
            ApiResponse response = kit.call(as(RestEvent.get("/v1/checklist/submissions").query("cursor", "Zm9yZ2Vk"),
                    WORKER, "WORKER", SITE));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(code(response)).isEqualTo("INVALID_CURSOR");
        }
    }

    @Nested
    class OneSubmission {

        @Test
        void theWorker_readsTheirOwn_withThePassStillValid_andTheirAnswers() {
            JsonNode mine = submitted(WORKER, healthy());

            JsonNode read = body(kit.call(getEvent(mine.get("id").asText(), WORKER, "WORKER", SITE)));

            assertThat(read.get("verdict").asText()).isEqualTo("PASS");
            assertThat(read.get("pass").get("token")).isEqualTo(mine.get("pass").get("token"));
            assertThat(read.get("answers").get("temperature").decimalValue()).isEqualByComparingTo("36.5");
            assertThat(read.get("answers").get("hands_washed").asBoolean()).isTrue();
        }

        @Test
        void aReviewer_readsTheAnswersInTheTemplatesOrder_withTheOnesARuleObjectsToMarked() {
            JsonNode mine = submitted(WORKER, with(with(with(healthy(), "temperature", 38.2), "jewelry_removed", false),
                    "vomiting", true));

            JsonNode rows = body(kit.call(getEvent(mine.get("id").asText(), ADMIN, "ADMIN", SITE))).get("answerRows");

            assertThat(rows.get(0).get("itemId").asText()).isEqualTo("temperature");
            assertThat(rows.get(0).get("unit").asText()).isNotBlank();
            assertThat(rows.get(0).at("/label/ko").asText()).isNotBlank();
            java.util.List<String> order = rows.findValuesAsText("itemId");
            assertThat(order.indexOf("vomiting")).isLessThan(order.indexOf("hands_washed"));
            java.util.List<String> marked = new java.util.ArrayList<>();
            rows.forEach(row -> {
                if (row.get("abnormal").asBoolean()) {
                    marked.add(row.get("itemId").asText());
                }
            });
            assertThat(marked).containsExactlyInAnyOrder("temperature", "vomiting", "jewelry_removed");
        }

        @Test
        void aReviewer_isOfferedTheConditionsOfThePackItWasJudgedWith_inThatPacksWords_andOnlyAReviewer() {
            RulePack us = RulePacks.shipped().get("us-fda-food-code");
            kit = new ChecklistTestKit(new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID,
                    Map.of(SITE, us.id())));
            ObjectNode request = healthy();
            request.put("templateId", us.template().id());
            request.put("templateVersion", us.template().version());
            String id = submitted(WORKER, request).get("id").asText();

            JsonNode asAdmin = body(kit.call(getEvent(id, ADMIN, "ADMIN", SITE)));
            JsonNode asWorker = body(kit.call(getEvent(id, WORKER, "WORKER", SITE)));
            JsonNode listed = body(kit.call(as(RestEvent.get("/v1/checklist/submissions"), ADMIN, "ADMIN", SITE)));

            JsonNode offered = asAdmin.get("reviewConditions");
            assertThat(offered.findValuesAsText("code")).containsExactlyElementsOf(us.conditions().keySet());
            JsonNode gloves = null;
            for (JsonNode c : offered) {
                gloves = c.get("code").asText().equals("GLOVES_OVER_COVERED_WOUND") ? c : gloves;
            }
            assertThat(gloves.at("/message/en").asText())
                    .isEqualTo(us.conditions().get("GLOVES_OVER_COVERED_WOUND").message().en())
                    .isNotEqualTo(ChecklistTestKit.defaultPack().conditions().get("GLOVES_OVER_COVERED_WOUND")
                            .message().en());
            assertThat(asWorker.has("reviewConditions")).isFalse();
            assertThat(listed.get("items").get(0).has("reviewConditions")).isFalse();
        }

        @Test
        void theWorker_seesAPlainReason_andOnlyVerifiedCitations_withoutTheirVerificationStatus() {
            JsonNode reply = submitted(WORKER, with(healthy(), "vomiting", true));
            String id = reply.get("id").asText();

            JsonNode asWorker = body(kit.call(getEvent(id, WORKER, "WORKER", SITE)));
            JsonNode asAdmin = body(kit.call(getEvent(id, ADMIN, "ADMIN", SITE)));

            JsonNode adminReason = asAdmin.get("reasons").get(0);
            assertThat(adminReason.at("/citation/verified").asBoolean()).as("kr vomiting cites the Food Code second-hand")
                    .isFalse();
            for (JsonNode workerView : java.util.List.of(reply, asWorker)) {
                JsonNode reason = workerView.get("reasons").get(0);
                assertThat(reason.at("/message/ko").asText()).isNotBlank();
                assertThat(reason.has("citation")).isFalse();
            }
        }

        @Test
        void theWorker_seesAPlantsOwnRuleCalledThat_withoutTheWordingAndNotesTheAdminsKeep() {
            JsonNode reply = submitted(WORKER, with(healthy(), "temperature", 38.2));
            String id = reply.get("id").asText();

            JsonNode asWorker = body(kit.call(getEvent(id, WORKER, "WORKER", SITE)));
            JsonNode asAdmin = body(kit.call(getEvent(id, ADMIN, "ADMIN", SITE)));

            JsonNode adminCitation = asAdmin.get("reasons").get(0).get("citation");
            assertThat(adminCitation.get("kind").asText()).isEqualTo("SITE_POLICY");
            assertThat(adminCitation.get("source").asText()).contains("법정 기준 아님");
            for (JsonNode workerView : java.util.List.of(reply, asWorker)) {
                JsonNode citation = workerView.get("reasons").get(0).get("citation");
                assertThat(citation.get("kind").asText()).isEqualTo("SITE_POLICY");
                assertThat(citation.has("source")).as("the plant's note to itself").isFalse();
                assertThat(citation.has("verified")).isFalse();
                assertThat(workerView.toString()).doesNotContain("법정 기준 아님");
            }
        }

        @Test
        void theRawAnswers_appearOnlyWhenOneSubmissionIsRead_neverInTheReplyToASubmitOrAListing() {
            JsonNode reply = submitted(WORKER, with(healthy(), "vomiting", true));

            JsonNode listed = body(kit.call(as(RestEvent.get("/v1/checklist/submissions"), ADMIN, "ADMIN", SITE)));

            assertThat(reply.has("answers")).isFalse();
            assertThat(listed.get("items").get(0).has("answers")).isFalse();
            assertThat(listed.get("items").get(0).has("pass")).isFalse();
        }

        @Test
        void aWorkerReadingAnotherWorkersSubmission_getsNotFound_exactlyAsForOneThatDoesNotExist() {
            String theirs = submitted(COLLEAGUE, healthy()).get("id").asText();

            ApiResponse response = kit.call(getEvent(theirs, WORKER, "WORKER", SITE));
            ApiResponse missing = kit.call(getEvent("no-such-id", WORKER, "WORKER", SITE));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(code(response)).isEqualTo("NOT_FOUND");
            assertThat(body(response).get("error").get("message"))
                    .isEqualTo(body(missing).get("error").get("message"));
        }

        @Test
        void anAdminOfAnotherSite_getsNotFound() {
            String id = submitted(WORKER, healthy()).get("id").asText();

            assertThat(kit.call(getEvent(id, OTHER_ADMIN, "ADMIN", OTHER_SITE)).statusCode()).isEqualTo(404);
            assertThat(kit.call(getEvent(id, ADMIN, "ADMIN", SITE)).statusCode()).isEqualTo(200);
        }

        @Test
        void anAdmin_seesEachPhotoWithItsAnalysis_forTheReview() {
            String photo = imageKey(WORKER);
            var analysis = ChecklistTestKit.analysed(kit.analyses, WORKER, photo, AnalysisStatus.NEEDS_REVIEW,
                    Optional.empty(), ChecklistTestKit.START);
            String id = submitted(WORKER, withWoundPhoto(healthy(), photo)).get("id").asText();

            JsonNode read = body(kit.call(getEvent(id, ADMIN, "ADMIN", SITE)));

            assertThat(read.get("photos").get(0).get("imageKey").asText()).isEqualTo(photo);
            assertThat(read.get("photos").get(0).get("analysisId").asText()).isEqualTo(analysis.id());
        }

        @Test
        void aPassLostToACrashBetweenTheTwoWrites_isStoredOnTheNextRead() {
            JsonNode reply = submitted(WORKER, healthy());
            Submission record = kit.submissions.findById(reply.get("id").asText()).orElseThrow();
            // what a crash right after the submission write leaves behind: the day that recorded the verdict, and
            // the record naming a pass never stored
            ChecklistTestKit afterCrash = new ChecklistTestKit();
            kit.workerDays.all().forEach(afterCrash.workerDays::save);
            afterCrash.submissions.create(record);

            JsonNode read = body(afterCrash.call(getEvent(record.id(), WORKER, "WORKER", SITE)));

            assertThat(read.get("pass").get("id").asText()).isEqualTo(record.passId().orElseThrow());
            assertThat(afterCrash.verifyAtGate(read.get("pass").get("token").asText(), afterCrash.clock).isValid())
                    .isTrue();
            assertThat(afterCrash.passes.findById(record.passId().orElseThrow())).isPresent();
        }

        @Test
        void aRecordNamingAPassItsDayNeverListed_getsNoPassMinted() {
            JsonNode reply = submitted(WORKER, healthy());
            Submission record = kit.submissions.findById(reply.get("id").asText()).orElseThrow();
            ChecklistTestKit elsewhere = new ChecklistTestKit();
            elsewhere.submissions.create(record); // no worker day backs it

            JsonNode read = body(elsewhere.call(getEvent(record.id(), WORKER, "WORKER", SITE)));

            assertThat(read.has("pass")).isFalse();
            assertThat(elsewhere.passes.all()).isEmpty();
        }
    }

    @Nested
    class Review {

        String pending;

        @BeforeEach
        void aWoundWaitingForASupervisor() {
            pending = kit.pendingWound(WORKER);
            kit.clock.advance(Duration.ofMinutes(10));
        }

        @Test
        void byAWorker_isForbidden() {
            ApiResponse response = kit.call(reviewEvent(pending, WORKER, "WORKER", SITE, decision("APPROVE", "ok")));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(code(response)).isEqualTo("FORBIDDEN");
            assertThat(kit.submissions.findById(pending).orElseThrow().verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        }

        @Test
        void byAnAdminOfAnotherSite_isNotFound() {
            ApiResponse response = kit.call(reviewEvent(pending, OTHER_ADMIN, "ADMIN", OTHER_SITE,
                    decision("APPROVE", "ok")));

            assertThat(response.statusCode()).isEqualTo(404);
        }

        @Test
        void approve_passes_issuesThePass_andKeepsWhoWhenAndWhy() {
            ApiResponse response = kit.review(pending, ADMIN, decision("APPROVE", "상처 직접 확인, 딱지 앉음"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode reviewed = body(response);
            assertThat(reviewed.get("verdict").asText()).isEqualTo("PASS");
            JsonNode review = reviewed.get("review");
            assertThat(review.get("decision").asText()).isEqualTo("APPROVE");
            assertThat(review.get("reviewedBy").asText()).isEqualTo(ADMIN);
            assertThat(review.get("reviewedAt").asText()).isEqualTo(kit.clock.instant().toString());
            assertThat(review.get("note").asText()).isEqualTo("상처 직접 확인, 딱지 앉음");
            assertThat(review.get("previousVerdict").asText()).isEqualTo("PENDING_REVIEW");
            assertThat(reviewed.get("reviews")).hasSize(1);
            assertThat(reviewed.get("evaluation").get("verdict").asText()).isEqualTo("PENDING_REVIEW");
            String token = reviewed.get("pass").get("token").asText();
            var claims = ((PassVerificationResult.Valid) kit.verifyAtGate(token, kit.clock)).claims();
            assertThat(claims.issuedAt()).isEqualTo(kit.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(kit.events.published()).last().satisfies(event -> {
                assertThat(event.trigger()).isEqualTo(ChecklistEvaluated.Trigger.REVIEW);
                assertThat(event.verdict()).isEqualTo(Verdict.PASS);
                assertThat(event.reviewerId()).contains(ADMIN);
                assertThat(event.passId()).contains(claims.passId());
            });
        }

        @Test
        void approveWithConditions_isAConditionalPass_carryingTheChosenCodes() {
            JsonNode reviewed = body(kit.review(pending, ADMIN,
                    decision("APPROVE_WITH_CONDITIONS", "밴드 교체 후 장갑", "GLOVES_OVER_COVERED_WOUND")));

            assertThat(reviewed.get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
            assertThat(reviewed.get("conditions").get(0).get("code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
            var claims = ((PassVerificationResult.Valid) kit.verifyAtGate(
                    reviewed.get("pass").get("token").asText(), kit.clock)).claims();
            assertThat(claims.conditions()).containsExactly("GLOVES_OVER_COVERED_WOUND");
        }

        @Test
        void conditionsTheRulePackDoesNotKnow_areA400() {
            ApiResponse response = kit.review(pending, ADMIN,
                    decision("APPROVE_WITH_CONDITIONS", "x", "GLOVES_OVER_COVERED_WOUND", "WEAR_A_HAT"));

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode detail = body(response).get("error").get("details").get(0);
            assertThat(detail.get("field").asText()).isEqualTo("conditions[1]");
            assertThat(detail.get("code").asText()).isEqualTo("UNKNOWN_CONDITION");
            assertThat(kit.submissions.findById(pending).orElseThrow().verdict()).isEqualTo(Verdict.PENDING_REVIEW);
        }

        @Test
        void reject_fails_revokesTheWorkersPass_andLocksOutTheRestOfTheDay() {
            String morningPass = passIssuedAnHourBeforeTheWound(WORKER);

            JsonNode rejected = body(kit.review(pending, ADMIN, decision("REJECT", "고름 보임")));

            assertThat(rejected.get("verdict").asText()).isEqualTo("FAIL");
            assertThat(rejected.has("pass")).isFalse();
            assertThat(rejected.get("returnToWork").get("en").asText()).contains("supervisor");
            assertThat(kit.passes.findById(morningPass).orElseThrow().revokedAt()).contains(kit.clock.instant());
            kit.clock.advance(Duration.ofMinutes(5));
            assertThat(submitted(WORKER, healthy()).get("verdict").asText()).isEqualTo("FAIL");
        }

        private String passIssuedAnHourBeforeTheWound(String worker) {
            Instant now = kit.clock.instant();
            kit.clock.set(ChecklistTestKit.START.minus(Duration.ofHours(1)));
            String id = submitted(worker, healthy()).get("pass").get("id").asText();
            kit.clock.set(now);
            return id;
        }

        @Test
        void aRejectionWithoutANote_isA400() {
            ApiResponse response = kit.review(pending, ADMIN, decision("REJECT", "  "));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body(response).get("error").get("details").get(0).get("field").asText()).isEqualTo("note");
        }

        @Test
        void aSecondDecision_isAlreadyReviewed() {
            kit.review(pending, ADMIN, decision("APPROVE", "ok"));

            ApiResponse again = kit.review(pending, ADMIN, decision("REJECT", "changed my mind"));

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(code(again)).isEqualTo("ALREADY_REVIEWED");
        }

        @Test
        void aSubmissionThatPassedOnItsOwn_isNotReviewable() {
            String passed = submitted(COLLEAGUE, healthy()).get("id").asText();

            ApiResponse response = kit.review(passed, ADMIN, decision("REJECT", "why not"));

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(code(response)).isEqualTo("NOT_REVIEWABLE");
        }

        @Test
        void twoReviewersAtOnce_onlyOneDecides() {
            ChecklistTestKit raced = new ChecklistTestKit();
            Submission record = kit.submissions.findById(pending).orElseThrow();
            RacingSubmissionStore store = new RacingSubmissionStore(record);
            raced.registerAdmin(ADMIN, SITE);
            ChecklistApiHandler handler = new ChecklistApiHandler(raced.wiring(store, SiteRulePacks.shippedDefaults()));

            ApiResponse loser = ChecklistTestKit.call(handler,
                    reviewEvent(pending, ADMIN, "ADMIN", SITE, decision("APPROVE", "ok")), raced.context);

            assertThat(loser.statusCode()).isEqualTo(409);
            assertThat(code(loser)).isEqualTo("ALREADY_REVIEWED");
            assertThat(store.delegate.findById(pending).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
            assertThat(raced.passes.all()).isEmpty();
        }

        @Test
        void aLockedOutWorker_isReinstated_andTheirNextScreeningCanPass() {
            submitted(COLLEAGUE, with(healthy(), "temperature", 38.0));
            kit.clock.advance(Duration.ofMinutes(40));
            JsonNode locked = submitted(COLLEAGUE, healthy());
            assertThat(locked.get("lockedOut").asBoolean()).isTrue();

            JsonNode reinstated = body(kit.review(locked.get("id").asText(), ADMIN,
                    decision("APPROVE", "재측정 36.4도, 재승인")));

            assertThat(reinstated.get("verdict").asText()).isEqualTo("PASS");
            assertThat(reinstated.has("pass")).isTrue();
            kit.clock.advance(Duration.ofMinutes(5));
            assertThat(submitted(COLLEAGUE, healthy()).get("verdict").asText()).isEqualTo("PASS");
        }

        @Test
        void aFailOfItsOwn_isNotReviewable() {
            String fever = submitted(COLLEAGUE, with(healthy(), "temperature", 38.0)).get("id").asText();

            ApiResponse response = kit.review(fever, ADMIN, decision("APPROVE", "looks fine"));

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(code(response)).isEqualTo("NOT_REVIEWABLE");
        }
    }

    /** A store in which another reviewer's decision lands between this reviewer's read and write. */
    static final class RacingSubmissionStore implements SubmissionStore {
        final InMemorySubmissionStore delegate = new InMemorySubmissionStore();
        private boolean raced;

        RacingSubmissionStore(Submission pending) {
            delegate.create(pending);
        }

        @Override
        public Stored<Submission> create(Submission submission) {
            return delegate.create(submission);
        }

        @Override
        public Optional<Submission> findById(String submissionId) {
            return delegate.findById(submissionId);
        }

        @Override
        public void update(Submission submission) {
            if (!raced) {
                raced = true;
                Submission current = delegate.findById(submission.id()).orElseThrow();
                delegate.update(new Submission(current.id(), current.siteId(), current.workerId(),
                        current.clientSubmissionId(), current.requestHash(), current.submittedAt(), current.siteDate(),
                        current.photos(), current.evaluation(), Verdict.FAIL, current.reviews(), current.passId(),
                        current.expiresAt(), current.version() + 1));
            }
            delegate.update(submission);
        }

        @Override
        public Page<Submission> listByWorker(String workerId, PageRequest page) {
            return delegate.listByWorker(workerId, page);
        }

        @Override
        public Page<Submission> listBySiteDate(String siteId, LocalDate date, Optional<Verdict> verdict,
                Optional<String> workerId, PageRequest page) {
            return delegate.listBySiteDate(siteId, date, verdict, workerId, page);
        }

        @Override
        public Optional<Submission> findByClientSubmissionId(String workerId, String clientSubmissionId) {
            return delegate.findByClientSubmissionId(workerId, clientSubmissionId);
        }
    }
}
