package com.gmpgate.ai.deploy;

import com.gmpgate.fakes.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.ai.api.AiApiHandlerTest;
import com.gmpgate.ai.image.TestImages;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.fakes.FakeLambdaContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample events in events/ai, as they are, reach their route and get the answer their name promises. */
class SampleEventsTest {

    static final Map<String, Integer> EXPECTED = Map.of(
            "upload-jpeg.json", 201,
            "upload-too-large.json", 400,
            "analyse-own-photo.json", 201,
            "analyse-another-workers-photo.json", 403,
            "get-own-analysis.json", 200,
            "get-analysis-as-admin.json", 200,
            "get-another-workers-analysis.json", 404);

    static Stream<Path> events() throws IOException {
        try (Stream<Path> files = Files.list(RepoFiles.root().resolve("events").resolve("ai"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(list).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEvent_getsItsDocumentedAnswer(Path file) throws IOException {
        AiApiHandlerTest kit = new AiApiHandlerTest();
        // what the events refer to: the worker's uploaded photo and an analysis of it
        String key = "uploads/demo-site/" + AiApiHandlerTest.WORKER + "/0f8fad5b-d9cb-469f-a165-70867728950e.jpg";
        kit.images().put(key, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));
        Instant at = Instant.parse("2026-03-02T05:59:00Z");
        String earlier = key.replace("0f8fad5b", "1f8fad5b");
        kit.images().put(earlier, "image/jpeg", TestImages.resource(TestImages.EXIF_GPS));
        kit.analyses().create(new Analysis("3f0c2b1e-9a7d-4e21-8c55-0d1e2f3a4b5c", "demo-site", AiApiHandlerTest.WORKER,
                earlier, AnalysisStatus.NEEDS_REVIEW, Optional.empty(), "manual", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("MANUAL_REVIEW"), at, at));

        ApiResponse response = kit.handler(new com.gmpgate.ai.application.ManualWoundAssessor()).dispatcher()
                .handle(Files.readAllBytes(file), new FakeLambdaContext());

        assertThat(response.statusCode()).as(file + ": " + response.body())
                .isEqualTo(EXPECTED.get(file.getFileName().toString()));
        JsonNode body = new ObjectMapper().readTree(response.bodyText());
        if (file.getFileName().toString().equals("get-analysis-as-admin.json")) {
            assertThat(body.get("imageUrl").asText())
                    .contains(com.gmpgate.domain.checklist.ImageKeys.parse(earlier).orElseThrow().sanitizedValue());
        }
        if (file.getFileName().toString().equals("analyse-own-photo.json")) {
            assertThat(body.get("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(body.get("reason").asText()).isEqualTo("MANUAL_REVIEW");
        }
    }
}
