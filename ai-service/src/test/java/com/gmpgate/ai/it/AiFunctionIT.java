package com.gmpgate.ai.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.ai.AiEnvironment;
import com.gmpgate.ai.api.AiApiHandler;
import com.gmpgate.ai.image.TestImages;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.Env;
import com.gmpgate.fakes.BedrockStub;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.Race;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AiFunction as Lambda builds it (AiWiring from environment variables) against dynalite and S3Proxy, and against the
 * Bedrock stub speaking the real wire format: the phone's presigned PUT is a real HTTP PUT of the EXIF/GPS fixture.
 */
@LocalAwsTest
class AiFunctionIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String SITE = "demo-site";
    static final String MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    static final String NOVA = "javaotel_converse_nova-micro_tooluse_2turns.turn1";

    LocalAwsResources aws;
    final BedrockStub bedrock = new BedrockStub();
    final String worker = UUID.randomUUID().toString();

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        this.aws = aws;
    }

    @AfterEach
    void stop() {
        bedrock.close();
    }

    Map<String, String> environment(String provider) {
        Map<String, String> env = aws.endpoints().dynamoDbEnvironment();
        env.putAll(aws.endpoints().s3Environment());
        env.put(AiEnvironment.ANALYSES_TABLE, aws.tableName("AnalysesTable"));
        env.put(AiEnvironment.IMAGES_BUCKET, aws.bucketName("ImagesBucket"));
        env.put(AiEnvironment.PROVIDER, provider);
        env.put(AiEnvironment.MODEL_ID, MODEL);
        env.put(AiEnvironment.BEDROCK_ENDPOINT, bedrock.endpoint().toString());
        env.put(AiEnvironment.DAILY_LIMIT, "3");
        env.put(AiEnvironment.QUOTAS_TABLE, aws.tableName("QuotasTable"));
        env.put(AiEnvironment.DAILY_UPLOAD_LIMIT, "12");
        return env;
    }

    AiApiHandler handler(String provider) {
        return new AiApiHandler(Env.of(environment(provider)));
    }

    static ApiResponse call(AiApiHandler handler, RestEvent event) {
        try {
            return handler.dispatcher().handle(event.bytes(), new FakeLambdaContext());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode body(ApiResponse response) throws IOException {
        return JSON.readTree(response.bodyText());
    }

    /** Asks for an upload and PUTs the photo through the presigned URL, as the PWA does; returns the key. */
    String uploadThroughPresignedUrl(AiApiHandler handler, String contentType, byte[] photo) throws Exception {
        ApiResponse granted = call(handler, RestEvent.post("/v1/ai/uploads")
                .json("{\"contentType\":\"" + contentType + "\",\"contentLength\":" + photo.length + "}")
                .caller(worker, "WORKER", SITE));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        JsonNode grant = body(granted);
        assertThat(put(grant, contentType, photo)).isEqualTo(200);
        return grant.get("imageKey").asText();
    }

    static int put(JsonNode grant, String contentType, byte[] photo) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(grant.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo));
        for (Iterator<Map.Entry<String, JsonNode>> it = grant.get("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            // the HTTP client sets Content-Length from the body, as a browser does
            if (!header.getKey().equalsIgnoreCase("content-length")) {
                request.header(header.getKey(), header.getKey().equalsIgnoreCase("content-type")
                        ? contentType : header.getValue().asText());
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static RestEvent analyse(String key, String userId) {
        return RestEvent.post("/v1/ai/analyses").json("{\"imageKey\":\"" + key + "\"}").caller(userId, "WORKER", SITE);
    }

    @Test
    void manualProvider_uploadPutAnalyseAndRead_endInReview_andTheAdminGetsThePhotoWithoutGps() throws Exception {
        AiApiHandler handler = handler("manual");
        byte[] photo = TestImages.resource(TestImages.EXIF_GPS);
        String key = uploadThroughPresignedUrl(handler, "image/jpeg", photo);

        ApiResponse analysed = call(handler, analyse(key, worker));

        assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(201);
        JsonNode analysis = body(analysed);
        assertThat(analysis.get("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(analysis.get("reason").asText()).isEqualTo("MANUAL_REVIEW");
        assertThat(bedrock.requests()).isEmpty();

        String id = analysis.get("id").asText();
        ApiResponse own = call(handler, RestEvent.get("/v1/ai/analyses/{id}", "/v1/ai/analyses/" + id)
                .pathParameter("id", id).caller(worker, "WORKER", SITE));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(body(own).get("imageKey").asText()).isEqualTo(key);

        ApiResponse foreign = call(handler, RestEvent.get("/v1/ai/analyses/{id}", "/v1/ai/analyses/" + id)
                .pathParameter("id", id).caller(UUID.randomUUID().toString(), "WORKER", SITE));
        assertThat(foreign.statusCode()).isEqualTo(404);

        JsonNode admin = body(call(handler, RestEvent.get("/v1/ai/analyses/{id}", "/v1/ai/analyses/" + id)
                .pathParameter("id", id).caller(UUID.randomUUID().toString(), "ADMIN", SITE)));
        HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(admin.get("imageUrl").asText()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        // the reviewer gets the re-encoded copy: a JPEG of the same picture without the phone's EXIF/GPS
        assertThat(TestImages.segments(image.body())).noneMatch(s -> s.marker() == 0xE1);
        assertThat(TestImages.decode(image.body()).getWidth()).isEqualTo(640);
    }

    @Test
    void bedrockProvider_sendsTheModelAJpegWithoutGps_andStoresTheAssessmentAndUsage() throws Exception {
        AiApiHandler handler = handler("bedrock");
        bedrock.replies(BedrockStub.recorded("derived/converse_tooluse_wound-assessment", NOVA));
        String key = uploadThroughPresignedUrl(handler, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));

        ApiResponse analysed = call(handler, analyse(key, worker));

        assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(201);
        JsonNode analysis = body(analysed);
        assertThat(analysis.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(analysis.get("modelId").asText()).isEqualTo(MODEL);
        assertThat(analysis.at("/assessment/woundType").asText()).isEqualTo("CUT");

        // what went over the wire to Bedrock: a fresh JPEG, EXIF and GPS gone
        JsonNode request = bedrock.requests().get(0).json();
        byte[] sent = Base64.getDecoder().decode(request.at("/messages/0/content/0/image/source/bytes").asText());
        assertThat(TestImages.segments(sent)).noneMatch(s -> s.marker() == 0xE1);
        assertThat(request.at("/toolConfig/toolChoice/tool/name").asText()).isEqualTo("record_wound_assessment");

        String id = analysis.get("id").asText();
        JsonNode admin = body(call(handler, RestEvent.get("/v1/ai/analyses/{id}", "/v1/ai/analyses/" + id)
                .pathParameter("id", id).caller(UUID.randomUUID().toString(), "ADMIN", SITE)));
        assertThat(admin.at("/usage/inputTokens").asInt()).isEqualTo(415);
        assertThat(admin.at("/usage/outputTokens").asInt()).isEqualTo(162);
    }

    @Test
    void bedrockThrottling_endsInReview_thenTheSamePhotoIsAskedAgain() throws Exception {
        AiApiHandler handler = handler("bedrock");
        bedrock.replies(BedrockStub.constructed("throttling_requests"));
        String key = uploadThroughPresignedUrl(handler, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));

        JsonNode throttled = body(call(handler, analyse(key, worker)));
        assertThat(throttled.get("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(throttled.get("reason").asText()).isEqualTo("MODEL_THROTTLED");

        Thread.sleep(5); // a later createdAt, as the next request would have
        bedrock.replies(BedrockStub.recorded("derived/converse_tooluse_wound-assessment", NOVA));
        ApiResponse again = call(handler, analyse(key, worker));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(body(again).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aPresignedPutReplayedAfterAnAnalysis_neverReachesTheModel_orTheReviewer() throws Exception {
        AiApiHandler handler = handler("bedrock");
        bedrock.replies(BedrockStub.constructed("throttling_requests"));
        byte[] photo = TestImages.resource(TestImages.EXIF_GPS);
        JsonNode grant = body(call(handler, RestEvent.post("/v1/ai/uploads")
                .json("{\"contentType\":\"image/jpeg\",\"contentLength\":" + photo.length + "}")
                .caller(worker, "WORKER", SITE)));
        assertThat(grant.at("/headers/if-none-match").asText()).isEqualTo("*");
        assertThat(put(grant, "image/jpeg", photo)).isEqualTo(200);
        String key = grant.get("imageKey").asText();
        JsonNode throttled = body(call(handler, analyse(key, worker)));
        assertThat(throttled.get("reason").asText()).isEqualTo("MODEL_THROTTLED");
        byte[] sanitized = sanitizedCopy(key);

        // within the URL's five minutes, another photo of the same length: S3Proxy 2.6.0 takes it (S3 answers 412)
        byte[] other = photo.clone();
        for (int i = photo.length / 2; i < photo.length / 2 + 4096; i++) {
            other[i] = (byte) (other[i] ^ 0x5a);
        }
        assertThat(put(grant, "image/jpeg", other)).isEqualTo(200);
        Thread.sleep(5); // a later createdAt, as the next request would have
        bedrock.replies(BedrockStub.recorded("derived/converse_tooluse_wound-assessment", NOVA));
        JsonNode again = body(call(handler, analyse(key, worker)));

        assertThat(again.get("status").asText()).isEqualTo("REJECTED");
        assertThat(again.get("reason").asText()).isEqualTo("IMAGE_REPLACED");
        assertThat(bedrock.requests()).hasSize(1);
        assertThat(sanitizedCopy(key)).isEqualTo(sanitized);
    }

    byte[] sanitizedCopy(String key) {
        try (var s3 = aws.endpoints().s3Client()) {
            return s3.getObjectAsBytes(b -> b.bucket(aws.bucketName("ImagesBucket"))
                    .key(com.gmpgate.domain.checklist.ImageKeys.parse(key).orElseThrow().sanitizedValue())).asByteArray();
        }
    }

    @Test
    void theDailyCap_isCountedInDynamoDb() throws Exception {
        AiApiHandler handler = handler("manual");
        for (int i = 0; i < 3; i++) {
            String key = uploadThroughPresignedUrl(handler, "image/png", TestImages.pngWithAlpha(32, 32));
            assertThat(call(handler, analyse(key, worker)).statusCode()).isEqualTo(201);
        }
        String fourth = uploadThroughPresignedUrl(handler, "image/png", TestImages.pngWithAlpha(32, 32));

        ApiResponse refused = call(handler, analyse(fourth, worker));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(body(refused).at("/error/code").asText()).isEqualTo("ANALYSIS_LIMIT_REACHED");
        assertThat(refused.headers()).containsKey("Retry-After");
    }

    @Test
    void uploadGrants_areCappedPerWorkerDay_inDynamoDb_evenWhenThirtyAreAskedForAtOnce() throws Exception {
        AiApiHandler handler = handler("manual");
        String json = "{\"contentType\":\"image/jpeg\",\"contentLength\":5242880}";

        List<ApiResponse> replies = Race.run(30, i -> () -> call(handler, RestEvent.post("/v1/ai/uploads").json(json)
                .caller(worker, "WORKER", SITE)));

        assertThat(replies).filteredOn(r -> r.statusCode() == 201).hasSize(12);
        assertThat(replies).filteredOn(r -> r.statusCode() == 429).hasSize(18).allSatisfy(r -> {
            assertThat(body(r).at("/error/code").asText()).isEqualTo("UPLOAD_LIMIT_REACHED");
            assertThat(r.headers()).containsKey("Retry-After");
        });
        assertThat(call(handler, RestEvent.post("/v1/ai/uploads").json(json)
                .caller(UUID.randomUUID().toString(), "WORKER", SITE)).statusCode()).isEqualTo(201);
    }

    @Test
    void aPhotoOfAnotherType_isRefusedByS3_andAnotherWorkersKeyByTheApi() throws Exception {
        AiApiHandler handler = handler("manual");
        byte[] photo = TestImages.resource(TestImages.EXIF_GPS);
        JsonNode grant = body(call(handler, RestEvent.post("/v1/ai/uploads")
                .json("{\"contentType\":\"image/jpeg\",\"contentLength\":" + photo.length + "}")
                .caller(worker, "WORKER", SITE)));
        assertThat(put(grant, "image/png", photo)).isEqualTo(403);

        String key = uploadThroughPresignedUrl(handler, "image/jpeg", photo);
        assertThat(call(handler, analyse(key, UUID.randomUUID().toString())).statusCode()).isEqualTo(403);
    }

    @Test
    void aKeyNobodyUploadedTo_isNotFound() throws Exception {
        AiApiHandler handler = handler("manual");
        JsonNode grant = body(call(handler, RestEvent.post("/v1/ai/uploads")
                .json("{\"contentType\":\"image/webp\",\"contentLength\":100}").caller(worker, "WORKER", SITE)));

        ApiResponse response = call(handler, analyse(grant.get("imageKey").asText(), worker));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).at("/error/code").asText()).isEqualTo("IMAGE_NOT_FOUND");
    }
}
