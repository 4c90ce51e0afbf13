package com.gmpgate.events;

import com.gmpgate.aws.CannedHttp;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;

/**
 * SnapStart priming of the publishers' EventBridge client without a network ({@link CannedHttp}): one PutEvents, so
 * the JSON protocol, the model, signing and the endpoint rules are in the snapshot.
 */
public final class EventBridgePriming {

    private EventBridgePriming() {
    }

    /** @return what was sent ({@link CannedHttp.Sent}), all answered by the canned client */
    public static List<String> prime(Map<String, String> environment) {
        return prime(EventPublishers.clientBuilder(environment));
    }

    static List<String> prime(EventBridgeClientBuilder builder) {
        CannedHttp.Sent sent = new CannedHttp.Sent();
        try (EventBridgeClient client = CannedHttp.build(builder, "{\"FailedEntryCount\":0,\"Entries\":[]}", sent)) {
            client.putEvents(request -> request.entries(entry -> entry.eventBusName("priming")
                    .source("gmp.priming").detailType("Priming").detail("{}")));
        }
        return sent.lines();
    }
}
