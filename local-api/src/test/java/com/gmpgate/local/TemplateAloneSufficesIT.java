package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own template.yaml plus one function with an {@code Api} event on GateApi: local-api serves it
 * behind the same API key and authorizer as every other route, with nothing else changed.
 */
class TemplateAloneSufficesIT {

    @TempDir
    Path dir;

    @Test
    void aFunctionAddedToTemplateYaml_isServedBehindTheApiKeyAndTheAuthorizer() throws IOException {
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, TemplateAloneSufficesTest.withResource(
                Files.readString(RepoFiles.resolve("template.yaml")), TemplateAloneSufficesTest.helloFunction("GateApi",
                        false)));
        try (LocalApi api = TemplateAloneSufficesTest.start(template, dir.resolve("data"))) {
            Http http = new Http(api.baseUri());
            assertThat(http.send(http.request("/v1/hello").GET()).statusCode()).as("no token").isEqualTo(401);

            String token = Http.json(http.send(http.request("/v1/auth/login").header("x-api-key", "k")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"loginId\":\"worker1\",\"password\":\"worker1234!\"}")))).get("accessToken").asText();
            HttpResponse<String> hello = http.send(http.request("/v1/hello").header("x-api-key", "k")
                    .header("Authorization", "Bearer " + token).GET());
            assertThat(hello.statusCode()).isEqualTo(200);
            assertThat(Http.json(hello).get("hello").asText()).isEqualTo("dev");
        }
    }
}
