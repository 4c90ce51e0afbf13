package com.gmpgate.bedrock;

import static com.gmpgate.fakes.BedrockStub.constructed;
import static com.gmpgate.fakes.BedrockStub.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.domain.analysis.AssessmentOutcome;
import com.gmpgate.domain.analysis.ModelCall;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.fakes.BedrockStub;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against a local HTTP server speaking Bedrock Runtime's wire format, fed with recorded replies: the
 * real SDK serializes the request and parses each reply and error as it would from AWS. Never a mocked SDK.
 */
class BedrockWoundAssessorWireTest {

    private static final String MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    private static final String NOVA = "javaotel_converse_nova-micro_tooluse_2turns.turn1";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF,
            (byte) 0xD9};

    private final BedrockStub stub = new BedrockStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    private BedrockWoundAssessor assessor(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                BedrockSettings.MODEL_ID, MODEL,
                BedrockSettings.ENDPOINT, stub.endpoint().toString(),
                BedrockSettings.CALL_TIMEOUT_MS, "5000",
                BedrockSettings.ATTEMPT_TIMEOUT_MS, "2000"));
        env.putAll(extra);
        return BedrockWoundAssessor.create(BedrockSettings.of(env));
    }

    private AssessmentOutcome assess(BedrockStub.Reply... replies) {
        stub.replies(replies);
        return assessor(Map.of()).assess(JPEG);
    }

    @Test
    void toolUseReply_becomesTheAssessment_withModelIdAndTokenUsage() {
        AssessmentOutcome outcome = assess(recorded("derived/converse_tooluse_wound-assessment", NOVA));

        assertThat(outcome.reviewReason()).isEmpty();
        WoundAssessment a = outcome.assessment().orElseThrow();
        assertThat(a.woundType()).isEqualTo(WoundAssessment.WoundType.CUT);
        assertThat(a.location()).isEqualTo(WoundAssessment.BodyLocation.FINGER);
        assertThat(a.coverType()).isEqualTo(WoundAssessment.CoverType.WATERPROOF_DRESSING);
        assertThat(a.coveredWaterproof()).isTrue();
        assertThat(a.confidence()).isEqualTo(0.86);
        assertThat(a.summary()).startsWith("검지에");
        ModelCall call = outcome.call().orElseThrow();
        assertThat(call.modelId()).isEqualTo(MODEL);
        assertThat(call.inputTokens()).contains(415);
        assertThat(call.outputTokens()).contains(162);
        assertThat(outcome.provider()).isEqualTo("bedrock");
    }

    @Test
    void request_sendsTheImage_andForcesTheOneTool_withTheAssessmentSchema() {
        assess(recorded("derived/converse_tooluse_wound-assessment", NOVA));

        BedrockStub.Recorded request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/model/" + MODEL.replace(":", "%3A") + "/converse");
        assertThat(request.headers().get("Authorization").get(0)).startsWith("AWS4-HMAC-SHA256 ");
        JsonNode body = request.json();
        JsonNode content = body.at("/messages/0/content");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(content.at("/0/image/format").asText()).isEqualTo("jpeg");
        assertThat(Base64.getDecoder().decode(content.at("/0/image/source/bytes").asText())).isEqualTo(JPEG);
        assertThat(content.at("/1/text").asText()).contains("record_wound_assessment");
        assertThat(body.at("/system/0/text").asText()).contains("Korean");
        assertThat(body.at("/toolConfig/toolChoice/tool/name").asText()).isEqualTo(WoundAssessmentTool.NAME);
        assertThat(body.at("/toolConfig/tools")).hasSize(1);
        JsonNode spec = body.at("/toolConfig/tools/0/toolSpec");
        assertThat(spec.get("name").asText()).isEqualTo(WoundAssessmentTool.NAME);
        assertThat(spec.at("/inputSchema/json/additionalProperties").asBoolean(true)).isFalse();
        assertThat(spec.at("/inputSchema/json/properties/severity/enum").toString())
                .isEqualTo("[\"NONE\",\"MINOR\",\"MODERATE\",\"SEVERE\"]");
        assertThat(body.at("/inferenceConfig/maxTokens").asInt()).isEqualTo(512);
        assertThat(body.at("/inferenceConfig/temperature").asDouble()).isZero();
    }

    @Test
    void recordedReplyWithAnotherToolsCalls_isNoToolCall() {
        AssessmentOutcome outcome = assess(recorded(NOVA));

        assertThat(outcome.reviewReason()).contains(ReviewReason.NO_TOOL_CALL);
        assertThat(outcome.assessment()).isEmpty();
        assertThat(outcome.call().orElseThrow().inputTokens()).contains(415);
    }

    @Test
    void recordedTextReply_isNoToolCall_withItsUsage() {
        AssessmentOutcome outcome = assess(recorded("pyotel_converse_claude-3-haiku_text"));

        assertThat(outcome.reviewReason()).contains(ReviewReason.NO_TOOL_CALL);
        assertThat(outcome.call().orElseThrow().inputTokens()).contains(12);
        assertThat(outcome.call().orElseThrow().outputTokens()).contains(8);
        assertThat(outcome.diagnostic()).contains("stopReason end_turn");
    }

    @Test
    void realValidationException_isModelError_notRetried() {
        AssessmentOutcome outcome = assess(recorded("pyotel_converse_invalid-model_ValidationException"));

        assertThat(outcome.reviewReason()).contains(ReviewReason.MODEL_ERROR);
        assertThat(outcome.diagnostic().orElseThrow()).startsWith("ValidationException 400")
                .contains("7fdbc480-6d28-4d1c-abbc-bd7f17c7dfec")
                .doesNotContain("model identifier");
        assertThat(outcome.call().orElseThrow().inputTokens()).isEmpty();
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void throttling_isModelThrottled_atOnce_withoutRetries() {
        AssessmentOutcome outcome = assess(constructed("throttling_requests"));

        assertThat(outcome.reviewReason()).contains(ReviewReason.MODEL_THROTTLED);
        assertThat(outcome.diagnostic().orElseThrow()).startsWith("ThrottlingException 429");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void tokenThrottling_isModelThrottled() {
        assertThat(assess(constructed("throttling_tokens")).reviewReason()).contains(ReviewReason.MODEL_THROTTLED);
    }

    @Test
    void serviceUnavailable_isRetriedOnce_thenModelUnavailable() {
        AssessmentOutcome outcome = assess(constructed("service_unavailable"));

        assertThat(outcome.reviewReason()).contains(ReviewReason.MODEL_UNAVAILABLE);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void serviceUnavailable_thenAnAnswer_givesTheAssessment() {
        AssessmentOutcome outcome = assess(constructed("service_unavailable"),
                recorded("derived/converse_tooluse_wound-assessment", NOVA));

        assertThat(outcome.assessment()).isPresent();
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void accessDenied_isModelError() {
        assertThat(assess(constructed("access_denied")).reviewReason()).contains(ReviewReason.MODEL_ERROR);
    }

    @Test
    void aSlowModel_isModelTimeout_withinTheConfiguredTime() {
        stub.replies(recorded("derived/converse_tooluse_wound-assessment", NOVA).delayed(Duration.ofSeconds(3)));
        long started = System.nanoTime();

        AssessmentOutcome outcome = assessor(Map.of(BedrockSettings.CALL_TIMEOUT_MS, "800",
                BedrockSettings.ATTEMPT_TIMEOUT_MS, "500")).assess(JPEG);

        assertThat(outcome.reviewReason()).contains(ReviewReason.MODEL_TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void toolInputOutsideTheSchema_isInvalidToolInput() {
        AssessmentOutcome outcome = assess(recorded("derived/converse_tooluse_invalid-input", NOVA));

        assertThat(outcome.reviewReason()).contains(ReviewReason.INVALID_TOOL_INPUT);
        assertThat(outcome.assessment()).isEmpty();
    }

    @Test
    void twoCallsOfTheTool_areInvalidToolInput() {
        assertThat(assess(recorded("derived/converse_tooluse_twice", NOVA)).reviewReason())
                .contains(ReviewReason.INVALID_TOOL_INPUT);
    }

    @Test
    void aToolCallCutOffAtMaxTokens_isInvalidToolInput() {
        assertThat(assess(recorded("derived/converse_tooluse_max-tokens", NOVA)).reviewReason())
                .contains(ReviewReason.INVALID_TOOL_INPUT);
    }

    @Test
    void aReplyThatIsNotJson_isAReview_neverAnException() {
        assertThat(assess(new BedrockStub.Reply(200, Map.of("Content-Type", java.util.List.of("application/json")),
                "<html>gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), Duration.ZERO))
                .reviewReason()).isPresent();
    }

    @Test
    void noServerListening_isModelUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AssessmentOutcome outcome = BedrockWoundAssessor.create(BedrockSettings.of(Map.of(
                BedrockSettings.MODEL_ID, MODEL,
                BedrockSettings.ENDPOINT, URI.create("http://127.0.0.1:" + port).toString(),
                BedrockSettings.MAX_ATTEMPTS, "1"))).assess(JPEG);

        assertThat(outcome.reviewReason()).contains(ReviewReason.MODEL_UNAVAILABLE);
        assertThat(outcome.call().map(ModelCall::modelId)).isEqualTo(Optional.of(MODEL));
    }
}
