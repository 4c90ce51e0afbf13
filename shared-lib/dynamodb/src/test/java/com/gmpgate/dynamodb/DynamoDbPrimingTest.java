package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.ConnectionCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

class DynamoDbPrimingTest {

    /** As in AWS: a region and the role's credentials, no local endpoint. */
    private static final DynamoDbSettings IN_AWS = DynamoDbSettings.of(Map.of("AWS_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "AKIDPRIMING", "AWS_SECRET_ACCESS_KEY", "priming-secret"));

    @Test
    void prime_getsAndQueriesEveryTableSchema_signedForTheRealEndpoint_answeredByTheCannedClient() {
        List<String> sent = new CopyOnWriteArrayList<>();
        ExecutionInterceptor seen = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.add(context.request().getClass().getSimpleName() + " " + context.httpRequest().host() + " "
                        + context.httpRequest().firstMatchingHeader("Authorization").isPresent());
            }
        };

        int requests = DynamoDbPriming.prime(IN_AWS, seen);

        // a real client would try dynamodb.eu-west-1.amazonaws.com and fail here (no network at checkpoint)
        assertThat(requests).isEqualTo(2 * DynamoDbPriming.SCHEMAS.size());
        assertThat(sent).hasSize(requests)
                .allMatch(s -> s.endsWith(" dynamodb.eu-west-1.amazonaws.com true"))
                .filteredOn(s -> s.startsWith("GetItemRequest")).hasSize(DynamoDbPriming.SCHEMAS.size());
    }

    @Test
    void prime_opensNoSocket_whereTheStoresClientDoes() {
        Map<String, String> local = new HashMap<>(Map.of("AWS_REGION", "eu-west-1"));
        try (ConnectionCounter port = ConnectionCounter.start()) {
            local.put(DynamoDbSettings.ENDPOINT, port.uri().toString());
            DynamoDbPriming.prime(local);
            assertThat(port.connections()).isZero();

            assertThatThrownBy(() -> DynamoDbClients.create(DynamoDbSettings.of(local)).describeTable(t -> t.tableName("x")))
                    .isInstanceOf(SdkException.class);
            assertThat(port.connections()).isPositive();
        }
    }
}
