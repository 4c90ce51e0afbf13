package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty data directory gets the demo accounts once; GMP_ADMIN_PASSWORD sets the admin's; --reset starts over. */
class DemoDataIT {

    @TempDir
    Path dataDir;

    private LocalApi start(String adminPassword, boolean reset) {
        return LocalApi.start(TestLocalApi.options(dataDir, "k", adminPassword, reset),
                TestLocalApi.quiet());
    }

    private static int login(LocalApi api, String loginId, String password) {
        Http http = new Http(api.baseUri());
        return http.send(http.request("/v1/auth/login").header("x-api-key", "k")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Http.toJson(Map.of("loginId", loginId, "password", password))))).statusCode();
    }

    @Test
    void theAdminPassword_comesFromTheSetting_andTheDataIsSeededOnce_untilReset() {
        try (LocalApi api = start("Another-Pass-42", false)) {
            assertThat(login(api, "admin", "Another-Pass-42")).isEqualTo(200);
            assertThat(login(api, "admin", LocalApiOptions.DEFAULT_ADMIN_PASSWORD)).isEqualTo(401);
            assertThat(login(api, "worker1", "worker1234!")).isEqualTo(200);
        }
        try (LocalApi api = start(LocalApiOptions.DEFAULT_ADMIN_PASSWORD, false)) {
            assertThat(login(api, "admin", "Another-Pass-42")).as("kept: not seeded again").isEqualTo(200);
        }
        try (LocalApi api = start(LocalApiOptions.DEFAULT_ADMIN_PASSWORD, true)) {
            assertThat(login(api, "admin", LocalApiOptions.DEFAULT_ADMIN_PASSWORD)).isEqualTo(200);
        }
    }
}
