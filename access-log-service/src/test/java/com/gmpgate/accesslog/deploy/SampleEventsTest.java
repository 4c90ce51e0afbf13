package com.gmpgate.accesslog.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.accesslog.AccessLogTestKit;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample events in events/access-log reach a route of AccessLogFunction as they are. */
class SampleEventsTest {

    static final AccessLogTestKit KIT = new AccessLogTestKit();

    static List<Path> accessLogEvents() {
        return RepoFiles.events("access-log");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accessLogEvents")
    void eachEvent_isRoutedAndAnswered_neverWith405Or500(Path file) throws IOException {
        ApiResponse response = KIT.api.dispatcher().handle(Files.readAllBytes(file), KIT.context);

        assertThat(response.statusCode()).as(file + ": " + response.body()).isNotIn(400, 405, 500);
        assertThat(response.bodyText()).as(file.toString()).doesNotContain("\"No such route.\"");
    }
}
