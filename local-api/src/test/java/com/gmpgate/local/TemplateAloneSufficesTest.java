package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.lambda.LocalLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a function with an {@code Api} event to the template is all it takes for local-api to serve it: there is
 * no second route table anywhere. The same copy of the template without the function does not serve the route.
 */
class TemplateAloneSufficesTest {

    static final String HELLO_FUNCTION = """
              HelloFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: local-api/target/test-classes
                  Handler: com.gmpgate.local.testhandlers.HelloHandler::handleRequest
                  Events:
                    Hello:
                      Type: Api
                      Properties:
                        RestApiId: !Ref TestApi
                        Path: /v1/hello
                        Method: get
                        Auth:
                          Authorizer: NONE
            """;

    @TempDir
    Path dir;

    @Test
    void aFunctionAddedToTheTemplate_isServed_withNothingElseChanged() throws IOException {
        String original = Files.readString(RepoFiles.resolve("local-api/src/test/resources/local/gateway-template.yaml"));
        Path without = dir.resolve("without.yaml");
        Path with = dir.resolve("with.yaml");
        Files.writeString(without, original);
        Files.writeString(with, withResource(original, HELLO_FUNCTION));

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

    private HttpResponse<String> get(Path template, String path) {
        LocalApiOptions options = LocalApiOptions.defaults(RepoFiles.root());
        options = new LocalApiOptions(options.repositoryRoot(), template, 0, options.bindAddress(),
                dir.resolve("data"), "k", options.adminPassword(), false, Map.of(), options.integrationTimeout(),
                Map.of());
        LocalLog quiet = new LocalLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (LocalApi api = LocalApi.start(options, quiet)) {
            return new Http(api.baseUri()).send(new Http(api.baseUri()).request(path).header("x-api-key", "k").GET());
        }
    }
}
