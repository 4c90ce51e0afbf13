package com.gmpgate.checklist.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample events in events/checklist, as they are, get the answer their name promises from the handler: the
 * submission they name exists (pending review, of their worker), so reads and the review succeed.
 */
class SampleEventsTest {

    static final String WORKER = "u-worker1";
    static final String SUBMISSION = "7d1f3c1e-5a2b-4c8d-9e0f-1a2b3c4d5e6f";
    static final String PHOTO = "uploads/demo-site/u-worker1/0f8fad5b-d9cb-469f-a165-70867728950e.jpg";

    static Stream<Path> events() throws IOException {
        try (Stream<Path> files = Files.list(TemplateAgreementTest.ROOT.resolve("events").resolve("checklist"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEvent_isAnsweredAsItsNameSays(Path file) throws IOException {
        ChecklistTestKit kit = new ChecklistTestKit();
        ChecklistTestKit.analysed(kit.analyses, WORKER, PHOTO, AnalysisStatus.NEEDS_REVIEW, Optional.empty(),
                ChecklistTestKit.START.minusSeconds(30));
        ApiResponse pending = kit.submit(WORKER, ChecklistTestKit.withWoundPhoto(ChecklistTestKit.healthy(), PHOTO));
        Submission record = kit.submissions.findById(ChecklistTestKit.body(pending).get("id").asText()).orElseThrow();
        kit.submissions.create(new Submission(SUBMISSION, record.siteId(), record.workerId(), "sample-events",
                record.requestHash(), record.submittedAt(), record.siteDate(), record.photos(), record.evaluation(),
                record.verdict(), record.reviews(), record.passId(), record.expiresAt(), record.version()));

        // the sample review is signed by the demo admin with the demo password
        kit.registerAdmin("u-admin", ChecklistTestKit.SITE);
        ApiResponse response = kit.api.dispatcher().handle(Files.readAllBytes(file), kit.context);

        int expected = file.getFileName().toString().contains("forbidden") ? 403
                : file.getFileName().toString().startsWith("submit") ? 201 : 200;
        assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(expected);
    }
}
