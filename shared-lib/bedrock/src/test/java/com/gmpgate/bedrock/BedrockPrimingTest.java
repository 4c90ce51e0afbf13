package com.gmpgate.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.fakes.ConnectionCounter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BedrockPrimingTest {

    private static final Map<String, String> IN_AWS = Map.of(BedrockSettings.MODEL_ID,
            "anthropic.claude-3-haiku-20240307-v1:0", BedrockSettings.REGION, "us-west-2");

    @Test
    void prime_asksTheAssessorOnce_signedForTheRealEndpoint_andReadsTheEmptyReplyAsAReview() {
        // in AWS the default chain finds the role's credentials; here the system properties stand in for them
        System.setProperty("aws.accessKeyId", "AKIDPRIMING");
        System.setProperty("aws.secretAccessKey", "priming-secret");
        try {
            assertThat(BedrockPriming.prime(IN_AWS))
                    .containsExactly("ConverseRequest bedrock-runtime.us-west-2.amazonaws.com signed");
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    @Test
    void prime_opensNoSocket_whereTheAssessorsClientDoes() {
        Map<String, String> local = new HashMap<>(IN_AWS);
        try (ConnectionCounter port = ConnectionCounter.start()) {
            local.put(BedrockSettings.ENDPOINT, port.uri().toString());
            BedrockPriming.prime(local);
            assertThat(port.connections()).isZero();

            BedrockSettings settings = BedrockSettings.of(local);
            new BedrockWoundAssessor(BedrockClients.create(settings), settings, Clock.systemUTC())
                    .assess(new byte[] {(byte) 0xFF, (byte) 0xD8}); // a failure is an outcome, not an exception
            assertThat(port.connections()).isPositive();
        }
    }
}
