package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.port.StoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import com.gmpgate.fakes.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * No local engine throttles, so a loopback endpoint answers the way DynamoDB does when a partition is
 * hot (HTTP 400, ProvisionedThroughputExceededException) and counts the attempts the client makes.
 */
class ThrottlingRetryIT {

    private LoopbackServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int throttledRequests;

    @BeforeEach
    void startEndpoint() throws IOException {
        server = new LoopbackServer(exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean throttle = requests.incrementAndGet() <= throttledRequests;
            byte[] body = (throttle
                    ? "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                            + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}"
                    : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(throttle ? 400 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterEach
    void stopEndpoint() {
        server.close();
    }

    @Test
    void throttlingIsRetriedWithBackoff_andTheCallSucceedsOnceDynamoDbKeepsUp() {
        throttledRequests = 2;

        assertThat(store().findById("u1")).isEmpty();
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void throttlingThatOutlastsTheRetries_becomesStoreUnavailable() {
        throttledRequests = Integer.MAX_VALUE;

        assertThatThrownBy(() -> store().findById("u1"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("ProvisionedThroughputExceededException");
        assertThat(requests.get()).isEqualTo(DynamoDbClients.MAX_ATTEMPTS);
    }

    private DynamoDbUserStore store() {
        DynamoDbClient client = DynamoDbClients.create(DynamoDbSettings.of(Map.of(
                DynamoDbSettings.ENDPOINT, server.endpoint().toString())));
        return new DynamoDbUserStore(client, "UsersTable", TestClients.CURSORS);
    }
}
