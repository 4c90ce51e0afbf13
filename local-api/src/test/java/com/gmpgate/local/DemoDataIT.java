package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.lambda.LocalLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty data directory gets the demo accounts once; GMP_ADMIN_PASSWORD sets the admin's; --reset starts over. */
class DemoDataIT {

    @TempDir
    Path dataDir;

    private LocalApi start(String adminPassword, boolean reset) {
        LocalApiOptions d = LocalApiOptions.defaults(RepoFiles.root());
        return LocalApi.start(new LocalApiOptions(d.repositoryRoot(), d.template(), 0, d.bindAddress(), dataDir, "k",
                adminPassword, reset, Map.of(), d.integrationTimeout(), Map.of()),
                new LocalLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
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
