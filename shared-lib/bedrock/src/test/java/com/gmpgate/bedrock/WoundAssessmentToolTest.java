package com.gmpgate.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.verdict.WoundAssessment;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WoundAssessmentToolTest {

    static Map<String, Object> valid() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("imageUsable", true);
        input.put("woundPresent", true);
        input.put("woundType", "CUT");
        input.put("location", "FINGER");
        input.put("severity", "MINOR");
        input.put("infectionSigns", false);
        input.put("bleeding", false);
        input.put("covered", false);
        input.put("coverType", "NONE");
        input.put("confidence", new BigDecimal("0.9"));
        input.put("summary", "손가락에 작은 상처가 있습니다.");
        return input;
    }

    @Test
    void parse_readsAValidInput() {
        WoundAssessment a = WoundAssessmentTool.parse(valid());
        assertThat(a.woundType()).isEqualTo(WoundAssessment.WoundType.CUT);
        assertThat(a.qualityIssue()).isEmpty();
        assertThat(a.confidence()).isEqualTo(0.9);
    }

    @Test
    void parse_acceptsTheBoundsOfConfidence_andAnUnusableImageWithItsIssue() {
        Map<String, Object> input = valid();
        input.put("confidence", BigDecimal.ZERO);
        input.put("imageUsable", false);
        input.put("qualityIssue", "너무 어둡습니다.");
        assertThat(WoundAssessmentTool.parse(input).qualityIssue()).contains("너무 어둡습니다.");
        input.put("confidence", BigDecimal.ONE);
        assertThat(WoundAssessmentTool.parse(input).confidence()).isEqualTo(1.0);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                change("an unknown field", m -> m.put("diagnosis", "staph")),
                change("a missing field", m -> m.remove("severity")),
                change("a boolean as text", m -> m.put("bleeding", "false")),
                change("a boolean as a number", m -> m.put("covered", BigDecimal.ZERO)),
                change("an enum in lower case", m -> m.put("woundType", "cut")),
                change("an enum value not in the list", m -> m.put("location", "ELBOW")),
                change("confidence above 1", m -> m.put("confidence", new BigDecimal("1.01"))),
                change("confidence below 0", m -> m.put("confidence", new BigDecimal("-0.1"))),
                change("confidence as text", m -> m.put("confidence", "0.9")),
                change("an empty summary", m -> m.put("summary", "  ")),
                change("a summary too long", m -> m.put("summary", "가".repeat(301))),
                change("a summary with control characters", m -> m.put("summary", "ok\u0007")),
                change("a null quality issue", m -> m.put("qualityIssue", null)),
                change("a wound type without a wound", m -> { m.put("woundPresent", false); }),
                change("a wound of type NONE", m -> m.put("woundType", "NONE")),
                change("covered without a cover type", m -> m.put("covered", true)),
                change("a cover type while uncovered", m -> m.put("coverType", "GLOVE")));
    }

    private static Arguments change(String what, Consumer<Map<String, Object>> edit) {
        Map<String, Object> input = valid();
        edit.accept(input);
        return Arguments.of(what, input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void parse_refuses(String what, Map<String, Object> input) {
        assertThatThrownBy(() -> WoundAssessmentTool.parse(input)).isInstanceOf(InvalidToolInputException.class);
    }

    @Test
    void parse_refusesWhatIsNotAnObject() {
        assertThatThrownBy(() -> WoundAssessmentTool.parse(List.of())).isInstanceOf(InvalidToolInputException.class);
        assertThatThrownBy(() -> WoundAssessmentTool.parse(null)).isInstanceOf(InvalidToolInputException.class);
    }

    @Test
    void schema_enumsAreTheDomainsEnums_andEveryDomainFieldIsAProperty() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties =
                (Map<String, Map<String, Object>>) WoundAssessmentTool.inputSchema().get("properties");
        assertThat(properties.get("woundType").get("enum")).isEqualTo(names(WoundAssessment.WoundType.values()));
        assertThat(properties.get("location").get("enum")).isEqualTo(names(WoundAssessment.BodyLocation.values()));
        assertThat(properties.get("severity").get("enum")).isEqualTo(names(WoundAssessment.Severity.values()));
        assertThat(properties.get("coverType").get("enum")).isEqualTo(names(WoundAssessment.CoverType.values()));
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(WoundAssessment.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(WoundAssessmentTool.inputSchema()).containsEntry("additionalProperties", false);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
