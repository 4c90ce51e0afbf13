package com.gmpgate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.ConnectionCounter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

class EventBridgePrimingTest {

    /** As in AWS: a region and the role's credentials, no local endpoint. */
    private static final Map<String, String> IN_AWS = Map.of("AWS_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "AKIDPRIMING", "AWS_SECRET_ACCESS_KEY", "priming-secret");

    @Test
    void prime_signsAPutEventsForTheRealEndpoint_answeredByTheCannedClient() {
        assertThat(EventBridgePriming.prime(IN_AWS))
                .containsExactly("PutEventsRequest events.eu-west-1.amazonaws.com signed");
    }

    @Test
    void prime_opensNoSocket_whereThePublishersClientDoes() {
        try (ConnectionCounter port = ConnectionCounter.start()) {
            EventBridgePriming.prime(EventPublishers.clientBuilder(IN_AWS).endpointOverride(port.uri()));
            assertThat(port.connections()).isZero();

            assertThatThrownBy(() -> EventPublishers.clientBuilder(IN_AWS).endpointOverride(port.uri()).build()
                    .putEvents(request -> request.entries(entry -> entry.source("gmp.test").detail("{}"))))
                    .isInstanceOf(SdkException.class);
            assertThat(port.connections()).isPositive();
        }
    }
}
