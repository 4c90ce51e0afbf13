package com.gmpgate.ai.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.ai.ScriptedAssessor;
import com.gmpgate.ai.application.AiSettings;
import com.gmpgate.ai.application.AnalysisService;
import com.gmpgate.ai.application.ManualWoundAssessor;
import com.gmpgate.ai.application.UploadService;
import com.gmpgate.ai.image.ImagePolicy;
import com.gmpgate.ai.image.ImagePreparer;
import com.gmpgate.ai.image.TestImages;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.Replies;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryQuotaStore;
import com.gmpgate.fakes.InMemoryAnalysisStore;
import com.gmpgate.fakes.InMemoryImageStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.port.WoundAssessor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AiFunction driven by real API Gateway REST events (aws-lambda-java-libs' apigw_rest_event.json, adapted), with the
 * ports in memory and a scripted model. Never the SDK mocked.
 */
public class AiApiHandlerTest {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();

    static final String SITE = "demo-site";
    public static final String WORKER = "6b0b3d2e-3c4e-4f0a-9d6c-2f1b8e7a9c10";
    static final String OTHER_WORKER = "0c1d2e3f-0000-4000-8000-000000000002";
    static final String ADMIN = "a0000000-0000-4000-8000-000000000001";
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T06:00:00Z"));
    final InMemoryAnalysisStore analyses = new InMemoryAnalysisStore(ZoneId.of("Asia/Seoul"));
    final InMemoryImageStore images = new InMemoryImageStore(clock);
    final ScriptedAssessor model = new ScriptedAssessor();
    final InMemoryQuotaStore quotas = new InMemoryQuotaStore();
    AiSettings settings = new AiSettings(3, 4, 0.7, ZoneId.of("Asia/Seoul"), Duration.ofMinutes(5), Duration.ofMinutes(5));

    public InMemoryImageStore images() {
        return images;
    }

    public InMemoryAnalysisStore analyses() {
        return analyses;
    }

    public AiApiHandler handler(WoundAssessor assessor) {
        return new AiApiHandler(new UploadService(images, quotas, settings, clock, UUID::randomUUID),
                new AnalysisService(analyses, images, new ImagePreparer(ImagePolicy.DEFAULT), ImagePolicy.DEFAULT.maxBytes(),
                        assessor, settings, clock, UUID::randomUUID),
                clock, CorsPolicy.none());
    }

    /** Every reply is checked against docs/openapi.yaml: the error envelope, PhotoUpload or Analysis. */
    ApiResponse call(WoundAssessor assessor, RestEvent event) {
        ApiResponse response;
        try {
            response = handler(assessor).dispatcher().handle(event.bytes(), new FakeLambdaContext());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String resource = event.node().get("resource").asText();
        String schema = response.statusCode() >= 400 ? "Error"
                : resource.equals("/v1/ai/uploads") ? "PhotoUpload" : "Analysis";
        assertThat(CONTRACT.problems(schema, response.bodyText())).as(schema + ": " + response.bodyText()).isEmpty();
        return response;
    }

    ApiResponse call(RestEvent event) {
        return call(model, event);
    }

    static JsonNode body(ApiResponse response) {
        return Replies.json(response.bodyText());
    }

    static RestEvent upload(String json) {
        return RestEvent.post("/v1/ai/uploads").json(json).caller(WORKER, "WORKER", SITE);
    }

    static RestEvent analyse(String imageKey, String userId) {
        return RestEvent.post("/v1/ai/analyses").json("{\"imageKey\":\"" + imageKey + "\"}")
                .caller(userId, "WORKER", SITE);
    }

    static RestEvent get(String id, String userId, String role, String siteId) {
        return RestEvent.get("/v1/ai/analyses/{id}", "/v1/ai/analyses/" + id).pathParameter("id", id)
                .caller(userId, role, siteId);
    }

    /** A key of {@code WORKER}'s with the photo uploaded under it, as the phone's PUT leaves it. */
    String uploaded(ImageFormat format, byte[] bytes) {
        String key = ImageKeys.newKey(SITE, WORKER, format, UUID.randomUUID()).value();
        images.put(key, format.contentType(), bytes);
        return key;
    }

    String uploadedExifPhoto() {
        return uploaded(ImageFormat.JPEG, TestImages.resource(TestImages.EXIF_GPS));
    }

    @Nested
    class Uploads {

        @Test
        void aWorker_getsAPresignedPut_inTheirOwnNamespace_forMinutes() {
            ApiResponse response = call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":183211}"));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = body(response);
            String key = body.get("imageKey").asText();
            assertThat(key).startsWith("uploads/" + SITE + "/" + WORKER + "/").endsWith(".jpg");
            assertThat(ImageKeys.isOwnedBy(key, SITE, WORKER)).isTrue();
            assertThat(body.get("uploadUrl").asText()).contains(key);
            assertThat(body.get("method").asText()).isEqualTo("PUT");
            assertThat(body.at("/headers/content-type").asText()).isEqualTo("image/jpeg");
            assertThat(body.at("/headers/content-length").asText()).isEqualTo("183211");
            assertThat(Instant.parse(body.get("expiresAt").asText())).isEqualTo(clock.instant().plusSeconds(300));
        }

        @Test
        void theDailyUploadCap_refusesTheNextGrant_withAClearMessage_untilTheNextSiteDay() {
            String json = "{\"contentType\":\"image/jpeg\",\"contentLength\":5242880}";
            for (int i = 0; i < 4; i++) {
                assertThat(call(upload(json)).statusCode()).isEqualTo(201);
            }

            ApiResponse refused = call(upload(json));

            assertThat(refused.statusCode()).isEqualTo(429);
            JsonNode error = body(refused).get("error");
            assertThat(error.get("code").asText()).isEqualTo("UPLOAD_LIMIT_REACHED");
            assertThat(error.get("message").asText()).contains("한도(4회)").contains("limit of 4 photo uploads");
            assertThat(error.at("/details/0/limit").asInt()).isEqualTo(4);
            assertThat(error.at("/details/0/resetsAt").asText()).isEqualTo("2026-03-02T15:00:00Z");
            // 06:00Z is 15:00 in Seoul: the site day ends in 9 hours
            assertThat(refused.headers()).containsEntry("Retry-After", Long.toString(9 * 3600));
            // another worker is not affected, and the next site day the worker may upload again
            assertThat(call(RestEvent.post("/v1/ai/uploads").json(json).caller(OTHER_WORKER, "WORKER", SITE))
                    .statusCode()).isEqualTo(201);
            clock.advance(Duration.ofHours(9));
            assertThat(call(upload(json)).statusCode()).isEqualTo(201);
        }

        @Test
        void webpAndPng_getTheirExtension() {
            assertThat(body(call(upload("{\"contentType\":\"image/webp\",\"contentLength\":10}"))).get("imageKey")
                    .asText()).endsWith(".webp");
            assertThat(body(call(upload("{\"contentType\":\"image/png\",\"contentLength\":10}"))).get("imageKey")
                    .asText()).endsWith(".png");
        }

        @Test
        void anotherType_isRefused() {
            ApiResponse response = call(upload("{\"contentType\":\"image/gif\",\"contentLength\":1000}"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body(response).at("/error/code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(body(response).at("/error/details/0/field").asText()).isEqualTo("contentType");
            assertThat(body(response).at("/error/details/0/code").asText()).isEqualTo("UNSUPPORTED_TYPE");
        }

        @Test
        void moreThanFiveMegabytes_isRefused_exactlyFiveIsNot() {
            ApiResponse tooLarge = call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":5242881}"));
            assertThat(tooLarge.statusCode()).isEqualTo(400);
            assertThat(body(tooLarge).at("/error/details/0/code").asText()).isEqualTo("TOO_LARGE");
            assertThat(call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":5242880}")).statusCode())
                    .isEqualTo(201);
        }

        @Test
        void aMissingLength_aZeroLength_anUnknownField_andText_areRefused() {
            assertThat(call(upload("{\"contentType\":\"image/jpeg\"}")).statusCode()).isEqualTo(400);
            assertThat(call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":0}")).statusCode()).isEqualTo(400);
            assertThat(body(call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":9,\"key\":\"x\"}")))
                    .at("/error/details/0/code").asText()).isEqualTo("UNKNOWN_FIELD");
            assertThat(call(upload("{\"contentType\":\"image/jpeg\",\"contentLength\":\"9\"}")).statusCode())
                    .isEqualTo(400);
            assertThat(call(upload("not json")).statusCode()).isEqualTo(400);
        }

        @Test
        void anAdmin_cannotUpload_andNoCaller_isUnauthorized() {
            assertThat(call(RestEvent.post("/v1/ai/uploads").json("{\"contentType\":\"image/jpeg\",\"contentLength\":9}")
                    .caller(ADMIN, "ADMIN", SITE)).statusCode()).isEqualTo(403);
            assertThat(call(RestEvent.post("/v1/ai/uploads").json("{\"contentType\":\"image/jpeg\",\"contentLength\":9}"))
                    .statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class Analyses {

        @Test
        void manualProvider_sendsEveryPhotoToReview_withoutAModel() {
            ApiResponse response = call(new ManualWoundAssessor(), analyse(uploadedExifPhoto(), WORKER));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = body(response);
            assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(body.get("reason").asText()).isEqualTo("MANUAL_REVIEW");
            assertThat(body.get("provider").asText()).isEqualTo("manual");
            assertThat(body.has("modelId")).isFalse();
            assertThat(body.has("assessment")).isFalse();
            assertThat(body.at("/reasonMessage/ko").asText()).contains("관리자");
            assertThat(response.headers()).containsEntry("Location", "/v1/ai/analyses/" + body.get("id").asText());
        }

        @Test
        void aValidAssessment_isCompleted_withModelIdLatencyAndTokensStored() {
            ApiResponse response = call(analyse(uploadedExifPhoto(), WORKER));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = body(response);
            assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(body.get("modelId").asText()).isEqualTo(ScriptedAssessor.MODEL);
            assertThat(body.at("/assessment/coverType").asText()).isEqualTo("WATERPROOF_DRESSING");
            assertThat(body.at("/assessment/confidence").asDouble()).isEqualTo(0.9);
            assertThat(body.has("reason")).isFalse();
            assertThat(body.has("usage")).as("usage is for admins").isFalse();
            Analysis stored = analyses.findById(body.get("id").asText()).orElseThrow();
            assertThat(stored.status()).isEqualTo(AnalysisStatus.COMPLETED);
            assertThat(stored.latencyMs()).contains(1234L);
            assertThat(stored.inputTokens()).contains(1650);
            assertThat(stored.outputTokens()).contains(140);
            assertThat(stored.provider()).isEqualTo("bedrock");
        }

        @Test
        void theModelSees_aFreshJpeg_withoutTheGpsOfTheUpload() {
            call(analyse(uploadedExifPhoto(), WORKER));

            byte[] seen = model.seen().get(0);
            assertThat(TestImages.segments(seen)).noneMatch(s -> s.marker() == 0xE1);
            assertThat(TestImages.decode(seen).getWidth()).isEqualTo(640);
        }

        @Test
        void aConfidenceBelowTheThreshold_isAReview_keepingTheAssessmentForTheReviewer() {
            model.answer(ScriptedAssessor.assessed(ScriptedAssessor.minorCoveredCut(0.69)));

            JsonNode body = body(call(analyse(uploadedExifPhoto(), WORKER)));

            assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(body.get("reason").asText()).isEqualTo("LOW_CONFIDENCE");
            assertThat(body.at("/assessment/confidence").asDouble()).isEqualTo(0.69);
        }

        @Test
        void anUnusablePhoto_isAReview() {
            model.answer(ScriptedAssessor.assessed(ScriptedAssessor.unusable()));

            JsonNode body = body(call(analyse(uploadedExifPhoto(), WORKER)));

            assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(body.get("reason").asText()).isEqualTo("IMAGE_NOT_USABLE");
        }

        @ParameterizedTest
        @EnumSource(value = ReviewReason.class, names = {"MODEL_THROTTLED", "MODEL_TIMEOUT", "MODEL_UNAVAILABLE",
                "MODEL_ERROR", "MODEL_REFUSED", "NO_TOOL_CALL", "INVALID_TOOL_INPUT"})
        void everyModelFailure_isAReviewWithItsReason_neverA500(ReviewReason reason) {
            model.answer(ScriptedAssessor.failed(reason));

            ApiResponse response = call(analyse(uploadedExifPhoto(), WORKER));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = body(response);
            assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(body.get("reason").asText()).isEqualTo(reason.name());
            assertThat(body.has("assessment")).isFalse();
            assertThat(body.get("modelId").asText()).isEqualTo(ScriptedAssessor.MODEL);
            assertThat(response.bodyText()).doesNotContain("scripted");
        }

        @Test
        void aPhotoWrittenOverAfterAPassingFailure_isRejectedAsReplaced_andNeverSentToTheModel() {
            model.answer(ScriptedAssessor.failed(ReviewReason.MODEL_THROTTLED));
            String key = uploadedExifPhoto();
            assertThat(body(call(analyse(key, WORKER))).get("reason").asText()).isEqualTo("MODEL_THROTTLED");
            // a replayed presigned PUT: other bytes under the same key
            images.put(key, "image/jpeg", TestImages.jpeg(64, 64));
            clock.advance(Duration.ofSeconds(5));
            model.answer(ScriptedAssessor.assessed(ScriptedAssessor.minorCoveredCut(0.95)));

            ApiResponse again = call(analyse(key, WORKER));

            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(body(again).get("status").asText()).isEqualTo("REJECTED");
            assertThat(body(again).get("reason").asText()).isEqualTo("IMAGE_REPLACED");
            assertThat(body(again).get("reasonMessage").get("en").asText()).contains("uploaded over");
            assertThat(model.seen()).hasSize(1);
            assertThat(analyses.findLatestByImageKey(key).orElseThrow().assessment()).isEmpty();
        }

        @Test
        void aPhotoAnalysedAgainAfterAPassingFailure_isTheSamePhoto_andIsAnalysed() {
            model.answer(ScriptedAssessor.failed(ReviewReason.MODEL_THROTTLED));
            String key = uploadedExifPhoto();
            call(analyse(key, WORKER));
            clock.advance(Duration.ofSeconds(5));
            model.answer(ScriptedAssessor.assessed(ScriptedAssessor.minorCoveredCut(0.95)));

            assertThat(body(call(analyse(key, WORKER))).get("status").asText()).isEqualTo("COMPLETED");
            assertThat(model.seen()).hasSize(2);
        }

        @Test
        void theSamePhotoAgain_returnsTheFirstAnalysis_withoutAskingAgain() {
            String key = uploadedExifPhoto();
            String first = body(call(analyse(key, WORKER))).get("id").asText();

            ApiResponse again = call(analyse(key, WORKER));

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(body(again).get("id").asText()).isEqualTo(first);
            assertThat(model.seen()).hasSize(1);
        }

        @Test
        void aPhotoWhoseAnalysisWasThrottled_isAskedAgain() {
            String key = uploadedExifPhoto();
            model.answer(ScriptedAssessor.failed(ReviewReason.MODEL_THROTTLED));
            String first = body(call(analyse(key, WORKER))).get("id").asText();
            model.answer(ScriptedAssessor.assessed(ScriptedAssessor.minorCoveredCut(0.95)));
            clock.advance(Duration.ofSeconds(20));

            ApiResponse again = call(analyse(key, WORKER));

            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(body(again).get("id").asText()).isNotEqualTo(first);
            assertThat(body(again).get("status").asText()).isEqualTo("COMPLETED");
            assertThat(analyses.findLatestByImageKey(key).orElseThrow().status()).isEqualTo(AnalysisStatus.COMPLETED);
        }

        @Test
        void anotherWorkersKey_isForbidden_andNothingIsRead() {
            String othersKey = ImageKeys.newKey(SITE, OTHER_WORKER, ImageFormat.JPEG, UUID.randomUUID()).value();
            images.put(othersKey, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));

            ApiResponse response = call(analyse(othersKey, WORKER));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(body(response).at("/error/code").asText()).isEqualTo("FORBIDDEN");
            assertThat(model.seen()).isEmpty();
            assertThat(analyses.all()).isEmpty();
        }

        @Test
        void aKeyOfTheSameWorkerIdAtAnotherSite_isForbidden() {
            String key = ImageKeys.newKey("other-site", WORKER, ImageFormat.JPEG, UUID.randomUUID()).value();
            assertThat(call(analyse(key, WORKER)).statusCode()).isEqualTo(403);
        }

        @Test
        void aKeyNotMadeByUploads_isAValidationError() {
            ApiResponse response = call(analyse("uploads/" + SITE + "/" + WORKER + "/../x.jpg", WORKER));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(body(response).at("/error/details/0/field").asText()).isEqualTo("imageKey");
        }

        @Test
        void aKeyWithNothingUploaded_isNotFound_andCostsNothing() {
            String key = ImageKeys.newKey(SITE, WORKER, ImageFormat.JPEG, UUID.randomUUID()).value();

            ApiResponse response = call(analyse(key, WORKER));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(body(response).at("/error/code").asText()).isEqualTo("IMAGE_NOT_FOUND");
            assertThat(analyses.all()).isEmpty();
        }

        @Test
        void anAdmin_cannotStartAnAnalysis() {
            ApiResponse response = call(RestEvent.post("/v1/ai/analyses")
                    .json("{\"imageKey\":\"" + uploadedExifPhoto() + "\"}").caller(ADMIN, "ADMIN", SITE));
            assertThat(response.statusCode()).isEqualTo(403);
        }

        @Test
        void theDailyCap_refusesTheNextAnalysis_withAClearMessage_untilTheNextSiteDay() {
            for (int i = 0; i < 3; i++) {
                assertThat(call(analyse(uploadedExifPhoto(), WORKER)).statusCode()).isEqualTo(201);
            }

            ApiResponse refused = call(analyse(uploadedExifPhoto(), WORKER));

            assertThat(refused.statusCode()).isEqualTo(429);
            JsonNode error = body(refused).get("error");
            assertThat(error.get("code").asText()).isEqualTo("ANALYSIS_LIMIT_REACHED");
            assertThat(error.get("message").asText()).contains("한도(3회)").contains("limit of 3");
            assertThat(error.at("/details/0/limit").asInt()).isEqualTo(3);
            // 06:00Z is 15:00 in Seoul: the site day ends in 9 hours
            assertThat(refused.headers()).containsEntry("Retry-After", Long.toString(9 * 3600));
            assertThat(model.seen()).hasSize(3);
            // another worker is not affected
            String othersKey = ImageKeys.newKey(SITE, OTHER_WORKER, ImageFormat.JPEG, UUID.randomUUID()).value();
            images.put(othersKey, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));
            assertThat(call(analyse(othersKey, OTHER_WORKER)).statusCode()).isEqualTo(201);

            clock.advance(Duration.ofHours(9));
            assertThat(call(analyse(uploadedExifPhoto(), WORKER)).statusCode()).isEqualTo(201);
        }

        @Test
        void aStorageOutage_isA503_notA500() {
            String key = uploadedExifPhoto();
            analyses.simulateOutage(true);

            ApiResponse response = call(analyse(key, WORKER));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(body(response).at("/error/code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        }
    }

    /** Each kind of upload with its documented outcome (README "Image outcomes"), through the route. */
    @Nested
    class ImageOutcomes {

        JsonNode analysed(ImageFormat declared, String storedType, byte[] bytes) {
            String key = ImageKeys.newKey(SITE, WORKER, declared, UUID.randomUUID()).value();
            images.put(key, storedType, bytes);
            ApiResponse response = call(analyse(key, WORKER));
            assertThat(response.statusCode()).isEqualTo(201);
            return body(response);
        }

        void assertRejected(JsonNode body, String reason) {
            assertThat(body.get("status").asText()).isEqualTo("REJECTED");
            assertThat(body.get("reason").asText()).isEqualTo(reason);
            assertThat(body.has("assessment")).isFalse();
            assertThat(body.at("/reasonMessage/ko").asText()).isNotBlank();
            assertThat(model.seen()).as("a refused photo never reaches the model").isEmpty();
        }

        @Test
        void wrongMagicBytes_isRejected() {
            assertRejected(analysed(ImageFormat.JPEG, "image/jpeg", TestImages.pngWithAlpha(16, 16)),
                    "IMAGE_TYPE_MISMATCH");
        }

        @Test
        void anObjectStoredAsAnotherType_isRejected() {
            assertRejected(analysed(ImageFormat.JPEG, "image/png", TestImages.resource(TestImages.EXIF_GPS)),
                    "IMAGE_TYPE_MISMATCH");
        }

        @Test
        void aTruncatedFile_isRejected() {
            byte[] photo = TestImages.resource(TestImages.EXIF_GPS);
            assertRejected(analysed(ImageFormat.JPEG, "image/jpeg", java.util.Arrays.copyOf(photo, photo.length / 2)),
                    "IMAGE_UNREADABLE");
        }

        @Test
        void aSixMegabyteObject_isRejected_withoutReadingPastTheLimit() {
            assertRejected(analysed(ImageFormat.JPEG, "image/jpeg", new byte[6 * 1024 * 1024]), "IMAGE_TOO_LARGE");
        }

        @Test
        void twentyThousandSquaredDeclared_isRejected() {
            assertRejected(analysed(ImageFormat.PNG, "image/png", TestImages.pngDeclaring(20_000, 20_000)),
                    "IMAGE_TOO_MANY_PIXELS");
        }

        @Test
        void aPngWithAlpha_isAnalysed() {
            JsonNode body = analysed(ImageFormat.PNG, "image/png", TestImages.pngWithAlpha(64, 48));
            assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(TestImages.decode(model.seen().get(0)).getColorModel().hasAlpha()).isFalse();
        }

        @Test
        void aWebp_isAnalysed() {
            JsonNode body = analysed(ImageFormat.WEBP, "image/webp", TestImages.resource("photo-lossy.webp"));
            assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(TestImages.decode(model.seen().get(0)).getWidth()).isEqualTo(320);
        }

        @Test
        void theRejectedAnalysis_countsAgainstTheCap_andIsReturnedAgain() {
            String key = ImageKeys.newKey(SITE, WORKER, ImageFormat.JPEG, UUID.randomUUID()).value();
            images.put(key, "image/jpeg", "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String id = body(call(analyse(key, WORKER))).get("id").asText();

            ApiResponse again = call(analyse(key, WORKER));

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(body(again).get("id").asText()).isEqualTo(id);
            assertThat(analyses.countByWorkerOnDate(WORKER, java.time.LocalDate.of(2026, 3, 2))).isEqualTo(1);
        }
    }

    @Nested
    class Reading {

        String analysisOf(String workerId) {
            String key = ImageKeys.newKey(SITE, workerId, ImageFormat.JPEG, UUID.randomUUID()).value();
            images.put(key, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));
            return body(call(analyse(key, workerId))).get("id").asText();
        }

        @Test
        void aWorker_readsTheirOwn_withoutPhotoUrlOrUsage() {
            String id = analysisOf(WORKER);

            ApiResponse response = call(get(id, WORKER, "WORKER", SITE));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = body(response);
            assertThat(body.get("id").asText()).isEqualTo(id);
            assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(body.has("imageUrl")).isFalse();
            assertThat(body.has("usage")).isFalse();
        }

        @Test
        void aWorker_readingAnotherWorkersAnalysis_isNotFound_likeAnUnknownId() {
            String id = analysisOf(OTHER_WORKER);

            ApiResponse foreign = call(get(id, WORKER, "WORKER", SITE));
            ApiResponse unknown = call(get(UUID.randomUUID().toString(), WORKER, "WORKER", SITE));

            assertThat(foreign.statusCode()).isEqualTo(404);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(body(foreign).at("/error/message")).isEqualTo(body(unknown).at("/error/message"));
        }

        @Test
        void anAdminOfTheSite_readsIt_withAShortLivedPhotoUrl_andTheUsage() {
            String id = analysisOf(WORKER);

            JsonNode body = body(call(get(id, ADMIN, "ADMIN", SITE)));

            assertThat(body.get("workerId").asText()).isEqualTo(WORKER);
            String sanitized = ImageKeys.parse(body.get("imageKey").asText()).orElseThrow().sanitizedValue();
            assertThat(body.get("imageUrl").asText()).startsWith(InMemoryImageStore.BASE_URL + sanitized)
                    .contains("GET");
            assertThat(Instant.parse(body.get("imageUrlExpiresAt").asText()))
                    .isEqualTo(clock.instant().plusSeconds(300));
            assertThat(body.at("/usage/inputTokens").asInt()).isEqualTo(1650);
            assertThat(body.at("/usage/latencyMs").asLong()).isEqualTo(1234);
        }

        @Test
        void theReviewCopy_isTheReencodedJpeg_withoutTheUploadsGps() {
            String key = uploadedExifPhoto();
            call(analyse(key, WORKER));

            byte[] copy = images.read(ImageKeys.parse(key).orElseThrow().sanitizedValue(), 5_000_000).orElseThrow().bytes();
            assertThat(TestImages.segments(copy)).noneMatch(s -> s.marker() == 0xE1);
            assertThat(copy).isEqualTo(model.seen().get(0));
        }

        @Test
        void aRejectedPhoto_isNeverHandedToTheReviewersBrowser() {
            String key = uploaded(ImageFormat.PNG, TestImages.pngDeclaring(20_000, 20_000));
            String id = body(call(analyse(key, WORKER))).get("id").asText();

            JsonNode body = body(call(get(id, ADMIN, "ADMIN", SITE)));

            assertThat(body.get("status").asText()).isEqualTo("REJECTED");
            assertThat(body.has("imageUrl")).isFalse();
            assertThat(images.contains(ImageKeys.parse(key).orElseThrow().sanitizedValue())).isFalse();
        }

        @Test
        void anAdminOfAnotherSite_getsNotFound() {
            String id = analysisOf(WORKER);
            assertThat(call(get(id, ADMIN, "ADMIN", "other-site")).statusCode()).isEqualTo(404);
        }

        @Test
        void aWorkerOfAnotherSite_withTheSameUserId_getsNotFound() {
            String id = analysisOf(WORKER);
            assertThat(call(get(id, WORKER, "WORKER", "other-site")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void routes_areExactlyTheContractsAiRoutes() {
        assertThat(handler(model).dispatcher().routes()).containsExactly(
                "GET /v1/ai/analyses/{id}", "POST /v1/ai/analyses", "POST /v1/ai/uploads");
    }

    @Test
    void everyModelReviewReason_hasAMessage() {
        for (ReviewReason reason : EnumSet.allOf(ReviewReason.class)) {
            assertThat(ReasonMessages.of(reason.name()).ko()).isNotBlank();
        }
    }
}
