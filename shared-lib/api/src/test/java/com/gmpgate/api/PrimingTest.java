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
    void aFailingPriming_isReported_notThrown_soTheCheckpointGoesOn() {
        Priming priming = new Priming("test", () -> {
            throw new IllegalStateException("no table");
        });

        assertThat(priming.run()).isFalse();
        priming.beforeCheckpoint(null);
    }

    @Test
    void register_keepsThePrimingReachable_andOnAJvmWithoutCracNothingRuns() {
        List<String> ran = new CopyOnWriteArrayList<>();
        Priming priming = Priming.register("test", () -> ran.add("primed"));

        assertThat(ran).isEmpty();
        assertThat(priming.run()).isTrue();
        assertThat(ran).containsExactly("primed");
    }
}
