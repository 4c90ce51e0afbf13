package com.gmpgate.bedrock;

import com.gmpgate.domain.analysis.AssessmentOutcome;
import com.gmpgate.domain.analysis.ModelCall;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.port.WoundAssessor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

/**
 * Asks a Bedrock vision model about a wound photo through Converse, with one tool whose input schema is the
 * assessment and {@code toolChoice} forcing it, so the reply is structured. The reply is untrusted: the tool input
 * is validated by {@link WoundAssessmentTool#parse}. SDK exceptions never cross the port: every failure becomes an
 * outcome with a {@link ReviewReason}, so a throttled, slow or odd model sends the photo to a supervisor and never
 * yields a pass or a 500.
 */
public final class BedrockWoundAssessor implements WoundAssessor {

    public static final String PROVIDER = "bedrock";
    static final int MAX_TOKENS = 512;

    private static final ToolConfiguration TOOLS = ToolConfiguration.builder()
            .tools(Tool.fromToolSpec(ToolSpecification.builder()
                    .name(WoundAssessmentTool.NAME)
                    .description(WoundAssessmentTool.DESCRIPTION)
                    .inputSchema(ToolInputSchema.fromJson(Documents.fromJava(WoundAssessmentTool.inputSchema())))
                    .build()))
            .toolChoice(ToolChoice.fromTool(t -> t.name(WoundAssessmentTool.NAME)))
            .build();

    /** Pause before the second attempt after a 5xx or a broken connection. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final BedrockRuntimeClient client;
    private final BedrockSettings settings;
    private final Clock clock;

    /** @param client built by {@link BedrockClients#create} (one attempt per call, the attempt timeout) */
    public BedrockWoundAssessor(BedrockRuntimeClient client, BedrockSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    public static BedrockWoundAssessor create(BedrockSettings settings) {
        return new BedrockWoundAssessor(BedrockClients.create(settings), settings, Clock.systemUTC());
    }

    public String modelId() {
        return settings.modelId();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public AssessmentOutcome assess(byte[] jpeg) {
        long started = clock.millis();
        ConverseRequest request = request(jpeg);
        ConverseResponse response = null;
        for (int attempt = 1; response == null; attempt++) {
            try {
                response = client.converse(request);
            } catch (RuntimeException e) {
                ReviewReason reason = reasonFor(e);
                if (!worthAnotherAttempt(reason, attempt, started)) {
                    ModelCall call = new ModelCall(modelId(), elapsed(started), Optional.empty(), Optional.empty());
                    return AssessmentOutcome.needsReview(PROVIDER, Optional.of(call), reason,
                            diagnostic(e) + " attempts=" + attempt);
                }
                pause();
            }
        }
        ModelCall call = new ModelCall(modelId(), elapsed(started), tokens(response, true), tokens(response, false));
        try {
            return read(response, call);
        } catch (RuntimeException e) {
            // an answer shape the SDK accepted but we did not foresee: still only a review, never a 500
            return AssessmentOutcome.needsReview(PROVIDER, Optional.of(call), ReviewReason.INVALID_TOOL_INPUT,
                    "unreadable reply: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Only an unavailable service (500, 503, model not ready, a refused or reset connection) is tried again, and only
     * while another full attempt fits in the call timeout. Throttling and timeouts are not: waiting them out would
     * keep the worker at the door, and the photo goes to a supervisor instead.
     */
    private boolean worthAnotherAttempt(ReviewReason reason, int attempt, long started) {
        return reason == ReviewReason.MODEL_UNAVAILABLE && attempt < settings.maxAttempts()
                && elapsed(started) + RETRY_PAUSE.toMillis() + settings.attemptTimeout().toMillis()
                        <= settings.callTimeout().toMillis();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    ConverseRequest request(byte[] jpeg) {
        return ConverseRequest.builder()
                .modelId(modelId())
                .system(SystemContentBlock.fromText(AssessmentPrompt.SYSTEM))
                .messages(Message.builder()
                        .role(ConversationRole.USER)
                        .content(ContentBlock.fromImage(ImageBlock.builder()
                                        .format(ImageFormat.JPEG)
                                        .source(s -> s.bytes(SdkBytes.fromByteArray(jpeg)))
                                        .build()),
                                ContentBlock.fromText(AssessmentPrompt.USER))
                        .build())
                .toolConfig(TOOLS)
                .inferenceConfig(c -> c.maxTokens(MAX_TOKENS).temperature(0f))
                .build();
    }

    private AssessmentOutcome read(ConverseResponse response, ModelCall call) {
        StopReason stop = response.stopReason();
        List<ToolUseBlock> uses = response.output() == null || response.output().message() == null
                ? List.of()
                : response.output().message().content().stream()
                        .map(ContentBlock::toolUse)
                        .filter(use -> use != null && WoundAssessmentTool.NAME.equals(use.name()))
                        .toList();
        if (stop == StopReason.GUARDRAIL_INTERVENED || stop == StopReason.CONTENT_FILTERED) {
            return review(call, ReviewReason.MODEL_REFUSED, "stopReason " + stop);
        }
        if (uses.isEmpty()) {
            return review(call, ReviewReason.NO_TOOL_CALL, "stopReason " + response.stopReasonAsString());
        }
        if (uses.size() > 1) {
            return review(call, ReviewReason.INVALID_TOOL_INPUT, uses.size() + " calls of the tool");
        }
        if (stop == StopReason.MAX_TOKENS) {
            // the input may have been cut off; a cut-off assessment might drop exactly the bad news
            return review(call, ReviewReason.INVALID_TOOL_INPUT, "stopReason max_tokens");
        }
        WoundAssessment assessment;
        try {
            assessment = WoundAssessmentTool.parse(Documents.toJava(uses.get(0).input()));
        } catch (InvalidToolInputException e) {
            return review(call, ReviewReason.INVALID_TOOL_INPUT, e.getMessage());
        }
        return AssessmentOutcome.assessed(PROVIDER, call, assessment);
    }

    private static AssessmentOutcome review(ModelCall call, ReviewReason reason, String diagnostic) {
        return AssessmentOutcome.needsReview(PROVIDER, Optional.of(call), reason, diagnostic);
    }

    static ReviewReason reasonFor(RuntimeException e) {
        if (e instanceof ThrottlingException) {
            return ReviewReason.MODEL_THROTTLED;
        }
        if (e instanceof ModelTimeoutException || e instanceof ApiCallTimeoutException
                || e instanceof ApiCallAttemptTimeoutException
                || e instanceof SdkClientException && e.getCause() instanceof java.net.SocketTimeoutException) {
            return ReviewReason.MODEL_TIMEOUT;
        }
        if (e instanceof ServiceUnavailableException || e instanceof ModelNotReadyException
                || e instanceof InternalServerException) {
            return ReviewReason.MODEL_UNAVAILABLE;
        }
        if (e instanceof AwsServiceException aws && aws.isThrottlingException()) {
            return ReviewReason.MODEL_THROTTLED;
        }
        if (e instanceof SdkClientException && e.getCause() instanceof java.io.IOException) {
            return ReviewReason.MODEL_UNAVAILABLE;
        }
        return ReviewReason.MODEL_ERROR;
    }

    /** The error code, status and request id: enough to find the call in AWS's logs, no message text. */
    private static String diagnostic(RuntimeException e) {
        if (e instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? "?" : aws.awsErrorDetails().errorCode();
            return code + " " + aws.statusCode() + " requestId=" + aws.requestId();
        }
        return e.getClass().getSimpleName();
    }

    private static Optional<Integer> tokens(ConverseResponse response, boolean input) {
        TokenUsage usage = response.usage();
        if (usage == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(input ? usage.inputTokens() : usage.outputTokens());
    }

    private long elapsed(long started) {
        return Math.max(0, clock.millis() - started);
    }
}
