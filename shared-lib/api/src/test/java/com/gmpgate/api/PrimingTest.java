package com.gmpgate.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void invoke_runsEachEventThroughTheHandler_severalRounds_andReturnsTheLastReply() throws Exception {
        List<JsonNode> seen = new CopyOnWriteArrayList<>();
        RequestStreamHandler handler = (in, out, context) -> {
            seen.add(Json.MAPPER.readTree(in));
            out.write(("{\"statusCode\":403,\"requestId\":\"" + context.getAwsRequestId() + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        };

        String reply = Priming.invoke(handler, Priming.restEvent("POST", "/v1/qr/verify", "WORKER", "{}"));

        assertThat(seen).hasSize(Priming.ROUNDS);
        assertThat(reply).contains("403", "priming");
        ApiRequest request = ApiEvents.read(seen.get(0), "fallback");
        assertThat(request.httpMethod()).isEqualTo("POST");
        assertThat(request.resource()).isEqualTo("/v1/qr/verify");
        assertThat(request.body()).contains("{}");
        assertThat(request.authorizer()).containsEntry("role", "WORKER").containsEntry("siteId", "priming");
    }

    @Test
    void register_primesEachClientFromTheEnvironment_thenRunsTheEventsThroughTheHandler() {
        List<String> ran = new CopyOnWriteArrayList<>();
        RequestStreamHandler handler = (in, out, context) -> ran.add("handler " + context.getAwsRequestId());

        Priming priming = Priming.register("TestFunction", handler, List.of(
                environment -> ran.add("dynamodb " + environment.containsKey("PATH")),
                environment -> ran.add("s3")), "{}");

        assertThat(ran).as("nothing runs before the checkpoint").isEmpty();
        assertThat(priming.run()).isTrue();
        assertThat(ran).containsExactly("dynamodb true", "s3", "handler priming", "handler priming", "handler priming");
    }

    @Test
    void aFailingStep_isReported_notThrown_andTheOtherStepsAndTheCheckpointGoOn() {
        List<String> ran = new CopyOnWriteArrayList<>();
        RequestStreamHandler handler = (in, out, context) -> ran.add("handler");
        Priming priming = Priming.register("TestFunction", handler, List.of(
                environment -> {
                    throw new IllegalStateException("no table");
                },
                environment -> ran.add("s3")), "{}");

        assertThat(priming.run()).isFalse();
        assertThat(ran).containsExactly("s3", "handler", "handler", "handler");
        priming.beforeCheckpoint(null);
    }

    @Test
    void theHandlersContext_discardsWhatItLogs_andHasTimeLeft() {
        assertThat(Priming.context().getRemainingTimeInMillis()).isPositive();
        Priming.context().getLogger().log("not the function's traffic");
    }
}
