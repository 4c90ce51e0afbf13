package com.gmpgate.qr.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.api.Priming;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.qr.QrTestKit;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** SnapStart's checkpoint hook runs QrFunction's handler path with a synthetic scan and calls no store (no AWS). */
class QrPrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void primingEvent_runsThroughTheHandler_andIsRefusedBeforeTheGateCheck_withoutTouchingAPort() throws Exception {
        QrTestKit kit = new QrTestKit();
        QrApiHandler handler = kit.handler(untouchable(PassStore.class), untouchable(PresenceStore.class),
                untouchable(AccessLogStore.class), untouchable(UserStore.class));

        JsonNode reply = JSON.readTree(Priming.invoke(handler, QrApiHandler.PRIMING_EVENT));

        assertThat(reply.path("statusCode").asInt()).isEqualTo(403);
        assertThat(JSON.readTree(reply.path("body").asText()).path("error").path("code").asText())
                .isEqualTo("FORBIDDEN");
    }

    /** A port whose every call fails the test: priming must answer without AWS. */
    static <T> T untouchable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "untouchable " + port.getSimpleName() : null;
            }
            throw new AssertionError("priming called " + port.getSimpleName() + "." + method.getName());
        }));
    }
}
