package com.gmpgate.messaging.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.VerificationKey;
import com.gmpgate.domain.notify.PushSubscription;
import com.gmpgate.port.AlertDeliveryException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request a push service receives, against a real HTTP server standing in for it. */
class WebPushSenderTest {

    static final Instant NOW = Instant.parse("2026-03-02T06:40:00Z");

    record Received(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(201);
    final SigningKey vapid = SigningKey.generate("vapid", new SecureRandom());
    WebPushSender sender;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        sender = new WebPushSender(vapid, "https://gate.example.invalid/admin/",
                new PushEncryption(new SecureRandom()), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    PushSubscription subscription() {
        return new PushSubscription("w-kim", "demo-site",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push/sub-1"),
                PushEncryptionTest.UA_PUBLIC, PushEncryptionTest.AUTH, NOW);
    }

    @Test
    void aPush_isAnEncryptedPost_signedForTheEndpointsOrigin_thatTheBrowserCanRead() throws Exception {
        assertThat(sender.send(subscription(), "{\"type\":\"review.decided\"}")).isTrue();

        Received push = received.get(0);
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("TTL")).isEqualTo("86400");
        assertThat(new String(PushEncryptionTest.decrypt(push.body()), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"review.decided\"}");

        String authorization = push.header("Authorization");
        assertThat(authorization).startsWith("vapid t=").contains(", k=" + WebPushSender.publicKey(vapid));
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64Url.decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"http://127.0.0.1:" + server.getAddress().getPort() + "\"",
                "\"exp\":" + NOW.plus(Duration.ofHours(12)).getEpochSecond(),
                "\"sub\":\"https://gate.example.invalid/admin/\"");
        byte[] k = Base64Url.decode(WebPushSender.publicKey(vapid));
        VerificationKey key = VerificationKey.of("k", Arrays.copyOfRange(k, 1, 33), Arrays.copyOfRange(k, 33, 65));
        assertThat(key.verify((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                Base64Url.decode(parts[2]))).isTrue();
    }

    @Test
    void aSubscriptionThePushServiceCallsGone_isReportedSo() {
        status.set(410);
        assertThat(sender.send(subscription(), "{}")).isFalse();
        status.set(404);
        assertThat(sender.send(subscription(), "{}")).isFalse();
    }

    @Test
    void anyOtherRefusal_orNoServiceAtAll_isADeliveryFailure() {
        status.set(503);
        assertThatThrownBy(() -> sender.send(subscription(), "{}")).isInstanceOf(AlertDeliveryException.class);
        PushSubscription nowhere = new PushSubscription("w-kim", "demo-site", URI.create("http://127.0.0.1:1/push"),
                PushEncryptionTest.UA_PUBLIC, PushEncryptionTest.AUTH, NOW);
        assertThatThrownBy(() -> sender.send(nowhere, "{}")).isInstanceOf(AlertDeliveryException.class);
    }
}
