package com.gmpgate.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.testing.MotoServer;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostToConnection against moto's API Gateway Management API (the request as the SDK signs and sends it), and the
 * 410 Gone that moto does not emulate from a local endpoint answering as API Gateway does.
 */
class ApiGatewayLivePushTest {

    private static final Map<String, String> ENV = Map.of(Messaging.REGION, MotoServer.REGION,
            "AWS_ACCESS_KEY_ID", MotoServer.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", MotoServer.SECRET_ACCESS_KEY);
    private static MotoServer moto;

    @BeforeAll
    static void startMoto() {
        moto = MotoServer.startOrSkip();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void aMessageToAnOpenConnection_isPosted() {
        var push = new ApiGatewayLivePush(Messaging.managementApi(ENV, moto.endpoint()));

        assertThat(push.post("Gyvd8cAwoAMCJTg=", "{\"type\":\"checklist.evaluated\"}")).isTrue();
    }

    @Test
    void a410Gone_isReportedAsGone_andAnother5xxIsAnError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            boolean gone = exchange.getRequestURI().getPath().endsWith("/gone-1");
            byte[] body = (gone ? "{\"message\":null}" : "{\"message\":\"Internal server error\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("x-amzn-ErrorType", gone ? "GoneException" : "InternalServerError");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(gone ? 410 : 500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var push = new ApiGatewayLivePush(Messaging.managementApi(ENV,
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dev")));

            assertThat(push.post("gone-1", "{}")).isFalse();
            assertThatThrownBy(() -> push.post("broken-1", "{}")).isInstanceOf(AlertDeliveryException.class);
        } finally {
            server.stop(0);
        }
    }
}
