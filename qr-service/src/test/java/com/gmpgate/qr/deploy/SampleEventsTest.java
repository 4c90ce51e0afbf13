package com.gmpgate.qr.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.RepoFiles;
import com.gmpgate.qr.QrTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample events in events/qr reach a route of QrFunction as they are, and are read without complaint. */
class SampleEventsTest {

    static final QrTestKit KIT = new QrTestKit();

    static List<Path> qrEvents() {
        return RepoFiles.events("qr");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qrEvents")
    void eachEvent_isRoutedAndAnswered_neverWith405Or500(Path file) throws IOException {
        ApiResponse response = KIT.api.dispatcher().handle(Files.readAllBytes(file), KIT.context);

        assertThat(response.statusCode()).as(file + ": " + response.body()).isNotIn(405, 500);
        assertThat(response.bodyText()).as(file.toString())
                .doesNotContain("\"No such route.\"", "MALFORMED_JSON", "UNKNOWN_FIELD", "VALIDATION_FAILED");
    }
}
