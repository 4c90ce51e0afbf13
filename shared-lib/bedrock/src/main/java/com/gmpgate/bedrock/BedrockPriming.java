package com.gmpgate.bedrock;

import com.gmpgate.aws.CannedHttp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * SnapStart priming of the wound assessor without a network ({@link CannedHttp}): one assessment through
 * {@link BedrockWoundAssessor} over the client {@link BedrockClients} sets up — the Converse request with its tool,
 * the REST-JSON protocol, signing, the endpoint rules and the reading of a reply (an empty one: a review outcome).
 */
public final class BedrockPriming {

    private BedrockPriming() {
    }

    /** @return what was sent ({@link CannedHttp.Sent}), all answered by the canned client */
    public static List<String> prime(Map<String, String> environment) {
        BedrockSettings settings = BedrockSettings.of(environment);
        return prime(BedrockClients.builder(settings), settings);
    }

    static List<String> prime(BedrockRuntimeClientBuilder builder, BedrockSettings settings) {
        CannedHttp.Sent sent = new CannedHttp.Sent();
        try (BedrockRuntimeClient client = CannedHttp.build(builder, "{}", sent)) {
            new BedrockWoundAssessor(client, settings, Clock.systemUTC()).assess(new byte[] {(byte) 0xFF, (byte) 0xD8});
        }
        return sent.lines();
    }
}
