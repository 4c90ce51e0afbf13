package com.gmpgate.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Priming;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** SnapStart's checkpoint hook runs PushSubscriptionsFunction's handler path and reads no key (no AWS). */
class PushPrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void primingEvent_isRefusedForTheRole_beforeThePushKeyOrTheSubscriptions() throws Exception {
        PushSubscriptionsHandler handler = new PushSubscriptionsHandler(null, () -> {
            throw new AssertionError("priming read the push key");
        }, Clock.systemUTC(), CorsPolicy.none());

        JsonNode reply = JSON.readTree(Priming.invoke(handler, PushSubscriptionsHandler.PRIMING_EVENT));

        assertThat(reply.path("statusCode").asInt()).isEqualTo(403);
    }
}
