package com.gmpgate.checklist.it;

import static com.gmpgate.checklist.ChecklistTestKit.SITE;
import static com.gmpgate.checklist.ChecklistTestKit.as;
import static com.gmpgate.checklist.ChecklistTestKit.body;
import static com.gmpgate.checklist.ChecklistTestKit.code;
import static com.gmpgate.checklist.ChecklistTestKit.decision;
import static com.gmpgate.checklist.ChecklistTestKit.getEvent;
import static com.gmpgate.checklist.ChecklistTestKit.healthy;
import static com.gmpgate.checklist.ChecklistTestKit.reviewEvent;
import static com.gmpgate.checklist.ChecklistTestKit.submitEvent;
import static com.gmpgate.checklist.ChecklistTestKit.with;
import static com.gmpgate.checklist.ChecklistTestKit.withWoundPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.checklist.ChecklistEnvironment;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbAnalysisStore;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbPassStore;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbSubmissionStore;
import com.gmpgate.events.BusEvent;
import com.gmpgate.events.InProcessEventBus;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.ImageStore.PresignedRequest;
import com.gmpgate.port.PageRequest;
import com.gmpgate.s3.S3Clients;
import com.gmpgate.s3.S3ImageStore;
import com.gmpgate.s3.S3Settings;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * ChecklistFunction as local-api runs it — built from its environment, on DynamoDB (dynalite) with the real
 * adapters, a pass-key file and the in-process event bus — driven by API Gateway events; the wound photo goes
 * to S3 (S3Proxy) through a presigned PUT and its analysis into the analyses table, as ai-service leaves them.
 */
@LocalAwsTest
class ChecklistFlowIT {

    static final String ADMIN = "admin-" + UUID.randomUUID();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Map<String, String> env;
    static ChecklistApiHandler handler;
    static DynamoDbSubmissionStore submissions;
    static DynamoDbPassStore passes;
    static DynamoDbAnalysisStore analyses;
    static S3ImageStore images;
    static PassTokenVerifier gate;
    static final List<BusEvent> published = new ArrayList<>();
    static AutoCloseable subscription;
    final FakeLambdaContext context = new FakeLambdaContext();

    @BeforeAll
    static void startTheFunction(LocalAwsResources aws) throws Exception {
        env = ChecklistOnDynalite.environment(aws);
        env.put(ChecklistEnvironment.PASS_TTL_HOURS, "12");
        // this site lets the model alone clear a minor covered wound (kr-food-haccp sends it to a supervisor otherwise)
        env.put(ChecklistEnvironment.SITE_PACK_SETTINGS, SITE + ":modelClearsMinorWounds=true");
        handler = new ChecklistApiHandler(Env.of(env));
        // the reviewer signs with their password, checked against UsersTable
        ChecklistOnDynalite.registerAdmins(ChecklistOnDynalite.stores(env), SITE, ADMIN);

        DynamoDbClient dynamoDb = DynamoDbClients.create(DynamoDbSettings.of(env));
        CursorCodec cursors = CursorCodec.ofSecret("another-secret-for-direct-reads-0123456789");
        submissions = new DynamoDbSubmissionStore(dynamoDb, aws.tableName("ChecklistsTable"), cursors);
        passes = new DynamoDbPassStore(dynamoDb, aws.tableName("PassesTable"));
        analyses = new DynamoDbAnalysisStore(dynamoDb, aws.tableName("AnalysesTable"), DynamoDbAnalysisStore.DEFAULT_SITE_ZONE);
        Map<String, String> s3Environment = aws.endpoints().s3Environment();
        s3Environment.put(S3Settings.IMAGES_BUCKET, aws.bucketName("ImagesBucket"));
        S3Settings s3 = S3Settings.of(s3Environment);
        images = S3ImageStore.create(S3Clients.create(s3), s3);
        gate = new PassTokenVerifier(PassKeys.forVerifying(env).orElseThrow(), PassKeys.ISSUER, Clock.systemUTC());
        subscription = InProcessEventBus.local().subscribe(event -> {
            synchronized (published) {
                published.add(event);
            }
        });
    }

    @AfterAll
    static void stopListening() throws Exception {
        subscription.close();
    }

    ApiResponse call(RestEvent event) {
        return ChecklistTestKit.call(handler, event, context);
    }

    JsonNode submitted(String worker, JsonNode request) {
        ApiResponse response = call(submitEvent(worker, request));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    static String newWorker() {
        return "w-" + UUID.randomUUID();
    }

    @Test
    void aHealthyWorker_passes_withAPassStoredInDynamoDb_thatTheGateAccepts_andTheEventIsOnTheBus() {
        String worker = newWorker();

        JsonNode reply = submitted(worker, healthy());

        assertThat(reply.get("verdict").asText()).isEqualTo("PASS");
        Pass stored = passes.findById(reply.get("pass").get("id").asText()).orElseThrow();
        assertThat(stored.workerId()).isEqualTo(worker);
        assertThat(stored.submissionId()).isEqualTo(reply.get("id").asText());
        assertThat(gate.verify(reply.get("pass").get("token").asText(), SITE).isValid()).isTrue();
        assertThat(submissions.findById(reply.get("id").asText()).orElseThrow().passId()).contains(stored.id());
        synchronized (published) {
            assertThat(published).anySatisfy(event -> {
                assertThat(event.source()).isEqualTo("gmp.checklist");
                assertThat(event.detailType()).isEqualTo(ChecklistEvaluated.TYPE);
                assertThat(event.detail()).contains(reply.get("id").asText(), "\"verdict\":\"PASS\"")
                        .doesNotContain("temperature", "36.5");
            });
        }
    }

    @Test
    void badAnswers_areRefusedItemByItem_andNothingIsStored() {
        String worker = newWorker();
        ObjectNode request = with(with(healthy(), "temperature", 20), "jaundice", "maybe");

        ApiResponse response = call(submitEvent(worker, request));

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        body(response).get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("temperature", "jaundice");
        assertThat(submissions.listByWorker(worker, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void theSameRequestAgain_isTheFirstResult_andOtherAnswersUnderItsIdAConflict() {
        String worker = newWorker();
        ObjectNode request = healthy();
        JsonNode first = submitted(worker, request);

        ApiResponse again = call(submitEvent(worker, request));
        ApiResponse other = call(submitEvent(worker, with(request, "nails_ok", false)));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id")).isEqualTo(first.get("id"));
        assertThat(body(again).get("pass").get("id")).isEqualTo(first.get("pass").get("id"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(code(other)).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(submissions.listByWorker(worker, PageRequest.first(10)).items()).hasSize(1);
        assertThat(passes.findCurrentForWorker(worker, Instant.now()).orElseThrow().id())
                .isEqualTo(first.get("pass").get("id").asText());
    }

    @Test
    void theSameRequestSentAtOnce_isStoredOnce_withOnePass() throws Exception {
        String worker = newWorker();
        ObjectNode request = healthy();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<ApiResponse>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sends.add(() -> ChecklistTestKit.call(handler, submitEvent(worker, request), new FakeLambdaContext()));
        }
        List<ApiResponse> replies = new ArrayList<>();
        for (Future<ApiResponse> reply : pool.invokeAll(sends)) {
            replies.add(reply.get());
        }
        pool.shutdown();

        assertThat(replies).extracting(ApiResponse::statusCode).containsOnlyOnce(201).containsOnly(201, 200);
        assertThat(replies).extracting(r -> body(r).get("pass").get("id").asText()).containsOnly(
                body(replies.get(0)).get("pass").get("id").asText());
        assertThat(submissions.listByWorker(worker, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aFail_revokesTheCurrentPass_andLocksOutTheRestOfTheDay() {
        String worker = newWorker();
        String passId = submitted(worker, healthy()).get("pass").get("id").asText();

        JsonNode fail = submitted(worker, with(healthy(), "diarrhea", true));
        JsonNode retry = submitted(worker, healthy());

        assertThat(fail.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(passes.findById(passId).orElseThrow().revokedAt()).isPresent();
        assertThat(passes.findCurrentForWorker(worker, Instant.now())).isEmpty();
        assertThat(retry.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(retry.get("lockedOut").asBoolean()).isTrue();
        assertThat(retry.has("pass")).isFalse();
    }

    @Test
    void aWorker_cannotReadAnotherWorkersSubmission_norReviewOne() {
        String worker = newWorker();
        String colleague = newWorker();
        String theirs = submitted(colleague, healthy()).get("id").asText();

        ApiResponse read = call(getEvent(theirs, worker, "WORKER", SITE));
        ApiResponse review = call(reviewEvent(theirs, worker, "WORKER", SITE, decision("APPROVE", "")));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(review.statusCode()).isEqualTo(403);
        assertThat(call(getEvent(theirs, colleague, "WORKER", SITE)).statusCode()).isEqualTo(200);
    }

    @Test
    void aWoundPhotoUploadedToS3AndAssessed_givesAConditionalPass_atASiteThatLetsTheModelClearIt_andTheReviewerSeesItsAnalysis() throws Exception {
        String worker = newWorker();
        String key = uploadedPhoto(worker);
        var analysis = ChecklistTestKit.analysed(analyses, worker, key, AnalysisStatus.COMPLETED,
                Optional.of(ChecklistTestKit.minorCoveredCut()), Instant.now().minusSeconds(5));

        JsonNode reply = submitted(worker, withWoundPhoto(healthy(), key));
        JsonNode read = body(call(getEvent(reply.get("id").asText(), ADMIN, "ADMIN", SITE)));

        assertThat(reply.get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
        assertThat(reply.get("conditions").get(0).get("code").asText()).isEqualTo("GLOVES_OVER_COVERED_WOUND");
        assertThat(passes.findById(reply.get("pass").get("id").asText()).orElseThrow().conditionCodes())
                .containsExactly("GLOVES_OVER_COVERED_WOUND");
        assertThat(read.get("photos").get(0).get("analysisId").asText()).isEqualTo(analysis.id());
        assertThat(read.get("assessments").get(0).get("assessment").get("severity").asText()).isEqualTo("MINOR");
        assertThat(images.read(key, 5_000_000)).isPresent();
    }

    @Test
    void aPendingReview_isApprovedOnce_byAnAdmin_whoseDecisionIsKeptAndIssuesThePass() throws Exception {
        String worker = newWorker();
        String key = uploadedPhoto(worker);
        ChecklistTestKit.analysed(analyses, worker, key, AnalysisStatus.NEEDS_REVIEW, Optional.empty(),
                Instant.now().minusSeconds(5));
        String pending = submitted(worker, withWoundPhoto(healthy(), key)).get("id").asText();

        ApiResponse approved = call(reviewEvent(pending, ADMIN, "ADMIN", SITE,
                decision("APPROVE_WITH_CONDITIONS", "밴드 교체 확인", "GLOVES_OVER_COVERED_WOUND")));
        ApiResponse again = call(reviewEvent(pending, ADMIN, "ADMIN", SITE, decision("REJECT", "no")));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(body(approved).get("verdict").asText()).isEqualTo("CONDITIONAL_PASS");
        var record = submissions.findById(pending).orElseThrow();
        assertThat(record.reviews()).singleElement().satisfies(review -> {
            assertThat(review.reviewerId()).isEqualTo(ADMIN);
            assertThat(review.note()).isEqualTo("밴드 교체 확인");
        });
        assertThat(record.version()).isEqualTo(2);
        assertThat(passes.findById(record.passId().orElseThrow())).isPresent();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("ALREADY_REVIEWED");
    }

    @Test
    void anAdmin_pagesThroughTheSitesDay_withDynamoDbCursors() {
        String worker = newWorker();
        for (int i = 0; i < 3; i++) {
            submitted(worker, with(healthy(), "hands_washed", false));
        }

        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            RestEvent event = RestEvent.get("/v1/checklist/submissions").query("workerId", worker).query("limit", "2");
            cursor.ifPresent(c -> event.query("cursor", c));
            JsonNode page = body(call(as(event, ADMIN, "ADMIN", SITE)));
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = Optional.ofNullable(page.get("nextCursor")).map(JsonNode::asText);
        } while (cursor.isPresent());

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    }

    /** What the phone does with the URL ai-service presigns. */
    private static String uploadedPhoto(String worker) throws Exception {
        String key = ChecklistTestKit.imageKey(worker);
        byte[] photo = new byte[2048];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        PresignedRequest upload = images.presignPut(key, "image/jpeg", photo.length, Duration.ofMinutes(5));
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.url()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo));
        upload.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                put.header(name, value);
            }
        });
        assertThat(HTTP.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        return key;
    }
}
