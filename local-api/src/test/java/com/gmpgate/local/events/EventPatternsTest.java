package com.gmpgate.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.template.CfnYamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPatternsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean matches(String patternYaml, String eventJson) throws Exception {
        Map<String, Object> pattern = CfnYamlReader.parse(patternYaml, "pattern");
        JsonNode event = JSON.readTree(eventJson);
        return EventPatterns.matches(pattern, event);
    }

    private static final String FAIL = """
            {"source":"gmp.checklist","detail-type":"ChecklistEvaluated",
             "detail":{"verdict":"FAIL","temperature":38.5,"zones":["A","B"],"note":null}}""";

    @Test
    void theTemplatesAlertRule_matchesFailAndPendingReview_only() throws Exception {
        String rule = """
                source: [gmp.checklist]
                detail-type: [ChecklistEvaluated]
                detail:
                  verdict: [FAIL, PENDING_REVIEW]
                """;
        assertThat(matches(rule, FAIL)).isTrue();
        assertThat(matches(rule, FAIL.replace("\"FAIL\"", "\"PENDING_REVIEW\""))).isTrue();
        assertThat(matches(rule, FAIL.replace("\"FAIL\"", "\"PASS\""))).isFalse();
        assertThat(matches(rule, FAIL.replace("gmp.checklist", "gmp.other"))).isFalse();
    }

    @Test
    void contentFilters() throws Exception {
        assertThat(matches("source: [{prefix: gmp.}]", FAIL)).isTrue();
        assertThat(matches("source: [{suffix: .checklist}]", FAIL)).isTrue();
        assertThat(matches("detail: {verdict: [{anything-but: [PASS]}]}", FAIL)).isTrue();
        assertThat(matches("detail: {verdict: [{anything-but: FAIL}]}", FAIL)).isFalse();
        assertThat(matches("detail: {temperature: [{numeric: ['>=', 38, '<', 39]}]}", FAIL)).isTrue();
        assertThat(matches("detail: {temperature: [{numeric: ['<', 38]}]}", FAIL)).isFalse();
        assertThat(matches("detail: {zones: [B]}", FAIL)).as("any element of an array").isTrue();
        assertThat(matches("detail: {missing: [{exists: false}]}", FAIL)).isTrue();
        assertThat(matches("detail: {verdict: [{exists: true}]}", FAIL)).isTrue();
        assertThat(matches("detail: {verdict: [{equals-ignore-case: fail}]}", FAIL)).isTrue();
        assertThat(matches("detail: {note: [null]}", FAIL)).isTrue();
        assertThat(matches("detail: {verdict: [PASS]}", FAIL)).isFalse();
    }
}
