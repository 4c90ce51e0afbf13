package com.gmpgate.messaging;

import com.gmpgate.aws.CannedHttp;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * SnapStart priming of the site alerts' SNS client without a network ({@link CannedHttp}): one Publish, so the query
 * protocol, the model, signing and the endpoint rules are in the snapshot.
 */
public final class SnsPriming {

    static final String PUBLISHED = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
            + "<MessageId>priming</MessageId></PublishResult></PublishResponse>";

    private SnsPriming() {
    }

    /** @return what was sent ({@link CannedHttp.Sent}), all answered by the canned client */
    public static List<String> prime(Map<String, String> environment) {
        return prime(Messaging.snsBuilder(environment), environment.getOrDefault(Messaging.REGION, "us-east-1"));
    }

    static List<String> prime(SnsClientBuilder builder, String region) {
        CannedHttp.Sent sent = new CannedHttp.Sent();
        try (SnsClient client = CannedHttp.build(builder, PUBLISHED, sent)) {
            client.publish(request -> request.topicArn("arn:aws:sns:" + region + ":000000000000:priming")
                    .subject("priming").message("priming"));
        }
        return sent.lines();
    }
}
