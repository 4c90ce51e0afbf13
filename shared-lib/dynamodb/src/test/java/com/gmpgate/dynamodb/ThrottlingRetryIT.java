package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.port.StoreUnavailableException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * No local engine throttles, so a loopback endpoint answers the way DynamoDB does when a partition is
 * hot (HTTP 400, ProvisionedThroughputExceededException) and counts the attempts the client makes.
 */
class ThrottlingRetryIT {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int throttledRequests;

    @BeforeEach
    void startEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
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
        server.start();
    }

    @AfterEach
    void stopEndpoint() {
        server.stop(0);
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
                DynamoDbSettings.ENDPOINT, "http://127.0.0.1:" + server.getAddress().getPort())));
        return new DynamoDbUserStore(client, "UsersTable", TestClients.CURSORS);
    }
}
