package com.gmpgate.auth.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.RestEvent;
import java.io.IOException;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/auth/devices}: the worker's phone key, one per worker, a new one retiring the old. */
class DeviceRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "worker-pass-1234!";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthTestKit kit = new AuthTestKit();
    private User worker;

    @BeforeEach
    void seed() {
        worker = kit.user("worker1", PASSWORD, Role.WORKER, "demo-site", "김위생");
        kit.user("admin", PASSWORD, Role.ADMIN, "demo-site", "관리자");
    }

    @Test
    void aWorkerRegistersTheirPhone_andTheStoreHoldsItsThumbprint() {
        SigningKey phone = SigningKey.generate("p", RANDOM);

        ApiResponse reply = register("worker1", jwk(phone));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(body(reply).get("jkt").asText()).isEqualTo(phone.verificationKey().thumbprint());
        assertThat(body(reply).get("replaced").asBoolean()).isFalse();
        var stored = kit.devices.find(worker.id()).orElseThrow();
        assertThat(stored.key().thumbprint()).isEqualTo(phone.verificationKey().thumbprint());
        assertThat(stored.siteId()).isEqualTo("demo-site");
    }

    @Test
    void theSameKeyAgain_changesNothing_aNewKeyRetiresTheOld() {
        SigningKey first = SigningKey.generate("p", RANDOM);
        SigningKey second = SigningKey.generate("p", RANDOM);
        register("worker1", jwk(first));

        ApiResponse again = register("worker1", jwk(first));
        ApiResponse replaced = register("worker1", jwk(second));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(replaced.statusCode()).isEqualTo(201);
        assertThat(body(replaced).get("replaced").asBoolean()).isTrue();
        assertThat(kit.devices.find(worker.id()).orElseThrow().key().thumbprint())
                .isEqualTo(second.verificationKey().thumbprint());
    }

    @Test
    void aPointOffTheCurve_orAPrivateKey_orTheWrongCurve_isRefused() {
        SigningKey phone = SigningKey.generate("p", RANDOM);
        String x = Base64Url.encode(phone.verificationKey().x());
        byte[] y = phone.verificationKey().y();
        y[31] ^= 1;

        assertThat(register("worker1", "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\",\"y\":\""
                + Base64Url.encode(y) + "\"}").statusCode()).isEqualTo(400);
        assertThat(register("worker1", jwk(phone).replace("}", ",\"d\":\"" + x + "\"}")).statusCode())
                .isEqualTo(400);
        assertThat(register("worker1", jwk(phone).replace("P-256", "P-384")).statusCode()).isEqualTo(400);
        assertThat(kit.devices.find(worker.id())).isEmpty();
    }

    @Test
    void anAdmin_cannotRegisterAPhone() {
        assertThat(register("admin", jwk(SigningKey.generate("p", RANDOM))).statusCode()).isEqualTo(403);
    }

    private ApiResponse register(String loginId, String publicKey) {
        ApiResponse login = kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + PASSWORD + "\"}"));
        String token = body(login).get("accessToken").asText();
        return kit.authorized(RestEvent.post("/v1/auth/devices").json("{\"publicKey\":" + publicKey + "}"), token);
    }

    private static String jwk(SigningKey key) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + Base64Url.encode(key.verificationKey().x())
                + "\",\"y\":\"" + Base64Url.encode(key.verificationKey().y()) + "\"}";
    }

    private static JsonNode body(ApiResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
