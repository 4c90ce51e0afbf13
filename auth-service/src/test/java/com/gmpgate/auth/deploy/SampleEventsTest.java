package com.gmpgate.auth.deploy;

import com.gmpgate.fakes.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.auth.AuthTestKit;
import com.gmpgate.auth.authorizer.AuthorizerHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample events in events/auth and events/authorizer reach a route of their handler, as they are. */
class SampleEventsTest {

    static final AuthTestKit KIT = new AuthTestKit();

    static Stream<Path> authEvents() throws IOException {
        return files("auth");
    }

    static Stream<Path> authorizerEvents() throws IOException {
        return files("authorizer");
    }

    static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(RepoFiles.root().resolve("events").resolve(folder))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authEvents")
    void eachAuthEvent_isRoutedAndAnswered_neverWith404Route405Or500(Path file) throws IOException {
        ApiResponse response = KIT.api.dispatcher().handle(Files.readAllBytes(file), KIT.context);

        assertThat(response.statusCode()).as(file + ": " + response.body()).isNotIn(405, 500);
        assertThat(response.body()).as(file.toString()).doesNotContain("\"No such route.\"");
        assertThat(response.body()).as(file.toString()).doesNotContain("MALFORMED_JSON", "UNKNOWN_FIELD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorizerEvents")
    void eachAuthorizerEvent_isReadAndItsPlaceholderTokenRefused(Path file) {
        assertThatThrownBy(() -> KIT.authorizer.handleRequest(new ByteArrayInputStream(Files.readAllBytes(file)),
                new ByteArrayOutputStream(), KIT.context))
                .isInstanceOf(AuthorizerHandler.UnauthorizedException.class);
    }
}
