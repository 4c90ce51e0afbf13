package com.gmpgate.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.ConnectionCounter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

class SnsPrimingTest {

    private static final Map<String, String> IN_AWS = Map.of("AWS_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "AKIDPRIMING", "AWS_SECRET_ACCESS_KEY", "priming-secret");

    @Test
    void prime_publishesSignedForTheRealEndpoint_andReadsTheCannedReply() {
        assertThat(SnsPriming.prime(IN_AWS)).containsExactly("PublishRequest sns.eu-west-1.amazonaws.com signed");
    }

    @Test
    void prime_opensNoSocket_whereTheAlertsClientDoes() {
        Map<String, String> local = new HashMap<>(IN_AWS);
        try (ConnectionCounter port = ConnectionCounter.start()) {
            local.put(Messaging.SNS_ENDPOINT, port.uri().toString());
            SnsPriming.prime(local);
            assertThat(port.connections()).isZero();

            assertThatThrownBy(() -> Messaging.sns(local).publish(request -> request
                    .topicArn("arn:aws:sns:eu-west-1:000000000000:alerts").message("m")))
                    .isInstanceOf(SdkException.class);
            assertThat(port.connections()).isPositive();
        }
    }
}
