package com.gmpgate.auth.api;

import static com.gmpgate.auth.AuthTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.fakes.ContractSchemas;
import com.gmpgate.fakes.RestEvent;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/auth/devices}: the worker's phone key, one per worker, a new one retiring the old; {@code GET
 * /v1/auth/devices/{jkt}}: whether the phone asking is still the registered one.
 */
class DeviceRoutesTest {

    private static final String PASSWORD = "worker-pass-1234!";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ContractSchemas CONTRACT = ContractSchemas.load();

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
    void thePhoneAsking_isTold_whileItIsTheRegisteredOne_andThatItWasRetired_onceAnotherRegistered() {
        SigningKey old = SigningKey.generate("p", RANDOM);
        SigningKey replacement = SigningKey.generate("p", RANDOM);
        register("worker1", jwk(old));

        ApiResponse current = status("worker1", old);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(body(current).get("jkt").asText()).isEqualTo(old.verificationKey().thumbprint());
        assertThat(current.headers()).containsEntry("Cache-Control", "no-store");
        assertThat(CONTRACT.problems("RegisteredDevice", body(current))).isEmpty();

        register("worker1", jwk(replacement));
        ApiResponse retired = status("worker1", old);

        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(409);
        JsonNode error = body(retired).get("error");
        assertThat(error.get("code").asText()).isEqualTo("DEVICE_RETIRED");
        assertThat(error.get("details").get(0).get("message").get("ko").asText())
                .startsWith("이 휴대폰은 더 이상 등록된 기기가 아닙니다");
        assertThat(error.get("details").get(0).get("message").get("en").asText())
                .startsWith("This phone is no longer your registered device");
        assertThat(CONTRACT.problems("Error", body(retired))).isEmpty();
        assertThat(status("worker1", replacement).statusCode()).isEqualTo(200);

        // registering the old phone again retires the other one
        register("worker1", jwk(old));
        assertThat(status("worker1", old).statusCode()).isEqualTo(200);
        assertThat(body(status("worker1", replacement)).get("error").get("code").asText()).isEqualTo("DEVICE_RETIRED");
    }

    @Test
    void aWorkerWithNoPhone_isToldToRegister_andAMalformedThumbprint_orAnAdmin_isRefused() {
        SigningKey phone = SigningKey.generate("p", RANDOM);

        ApiResponse none = status("worker1", phone);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(body(none).get("error").get("code").asText()).isEqualTo("DEVICE_NOT_REGISTERED");
        assertThat(kit.authorized(RestEvent.get("/v1/auth/devices/{jkt}", "/v1/auth/devices/short")
                .pathParameter("jkt", "short"), token("worker1")).statusCode()).isEqualTo(400);
        assertThat(status("admin", phone).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdmin_cannotRegisterAPhone() {
        assertThat(register("admin", jwk(SigningKey.generate("p", RANDOM))).statusCode()).isEqualTo(403);
    }

    private ApiResponse register(String loginId, String publicKey) {
        return kit.authorized(RestEvent.post("/v1/auth/devices").json("{\"publicKey\":" + publicKey + "}"),
                token(loginId));
    }

    /** The pass screen's question: is this phone (its key's thumbprint) still my registered phone? */
    private ApiResponse status(String loginId, SigningKey phone) {
        String jkt = phone.verificationKey().thumbprint();
        return kit.authorized(RestEvent.get("/v1/auth/devices/{jkt}", "/v1/auth/devices/" + jkt)
                .pathParameter("jkt", jkt), token(loginId));
    }

    private String token(String loginId) {
        ApiResponse login = kit.call(RestEvent.post("/v1/auth/login").json(
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + PASSWORD + "\"}"));
        return body(login).get("accessToken").asText();
    }

    private static String jwk(SigningKey key) {
        return "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + Base64Url.encode(key.verificationKey().x())
                + "\",\"y\":\"" + Base64Url.encode(key.verificationKey().y()) + "\"}";
    }

}
