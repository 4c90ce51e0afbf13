package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a function with an {@code Api} event to the template is all it takes for local-api to serve it: there is
 * no second route table anywhere. The same copy of the template without the function does not serve the route.
 */
class TemplateAloneSufficesTest {

    /** A function that answers GET /v1/hello on {@code restApi}; {@code open}: with no authorizer in front of it. */
    static String helloFunction(String restApi, boolean open) {
        return """
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: local-api/target/test-classes
                  Handler: com.gmpgate.local.testhandlers.HelloHandler::handleRequest
                  Events:
                    Hello:
                      Type: Api
                      Properties:
                        RestApiId: !Ref %s
                        Path: /v1/hello
                        Method: get
            """.formatted(restApi) + (open ? """
                        Auth:
                          Authorizer: NONE
            """ : "");
    }

    @TempDir
    Path dir;

    @Test
    void aFunctionAddedToTheTemplate_isServed_withNothingElseChanged() throws IOException {
        String original = Files.readString(RepoFiles.resolve("local-api/src/test/resources/local/gateway-template.yaml"));
        Path without = dir.resolve("without.yaml");
        Path with = dir.resolve("with.yaml");
        Files.writeString(without, original);
        Files.writeString(with, withResource(original, helloFunction("TestApi", true)));

        assertThat(get(without, "/v1/hello").statusCode()).isEqualTo(404);
        HttpResponse<String> served = get(with, "/v1/hello");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(Http.json(served).get("hello").asText()).isEqualTo("test");
    }

    /** The template with {@code resource} (indented as a resource) added at the top of {@code Resources}. */
    static String withResource(String template, String resource) {
        int resources = template.indexOf("\nResources:\n");
        assertThat(resources).as("a Resources section").isPositive();
        int insertAt = resources + "\nResources:\n".length();
        return template.substring(0, insertAt) + resource + "\n" + template.substring(insertAt);
    }

    /** local-api on this template and data directory, on a free port, API key {@code k}, its log discarded. */
    static LocalApi start(Path template, Path dataDir) {
        return LocalApi.start(TestLocalApi.options(template, dataDir, "k"), TestLocalApi.quiet());
    }

    private HttpResponse<String> get(Path template, String path) {
        try (LocalApi api = start(template, dir.resolve("data"))) {
            return new Http(api.baseUri()).send(new Http(api.baseUri()).request(path).header("x-api-key", "k").GET());
        }
    }
}
