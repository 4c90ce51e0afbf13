package com.gmpgate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CfnYamlReaderTest {

    private static Object value(String yaml) {
        return CfnYamlReader.parse("V: " + yaml, "test.yaml").get("V");
    }

    @Test
    void ref_becomesLongForm() {
        assertThat(value("!Ref Stage")).isEqualTo(Map.of("Ref", "Stage"));
    }

    @Test
    void getAtt_dottedScalar_splitsAtFirstDotOnly() {
        assertThat(value("!GetAtt Fn.Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("Fn", "Arn")));
        assertThat(value("!GetAtt Stack.Outputs.Url"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Stack", "Outputs.Url")));
    }

    @Test
    void getAtt_sequence_staysAsWritten() {
        assertThat(value("!GetAtt [Fn, Arn]")).isEqualTo(Map.of("Fn::GetAtt", List.of("Fn", "Arn")));
    }

    @Test
    void getAtt_withoutAttribute_isRejected() {
        assertThatThrownBy(() -> value("!GetAtt Fn")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("LogicalId.Attribute");
    }

    @Test
    void nestedIntrinsics_becomeNestedLongForms() {
        Object tree = value("!If [IsProd, !Sub '${AWS::Region}-x', !Ref 'AWS::NoValue']");
        assertThat(tree).isEqualTo(Map.of("Fn::If", List.of(
                "IsProd",
                Map.of("Fn::Sub", "${AWS::Region}-x"),
                Map.of("Ref", "AWS::NoValue"))));
    }

    @Test
    void sub_withVariableMap_keepsTheMap() {
        Object tree = value("!Sub ['${A}-${B}', {A: !Ref Stage, B: x}]");
        assertThat(tree).isEqualTo(Map.of("Fn::Sub", List.of("${A}-${B}",
                Map.of("A", Map.of("Ref", "Stage"), "B", "x"))));
    }

    @Test
    void mappingArgument_isConstructed() {
        assertThat(value("!Base64 {Ref: Stage}")).isEqualTo(Map.of("Fn::Base64", Map.of("Ref", "Stage")));
    }

    @Test
    void conditionTag_becomesConditionKey() {
        assertThat(value("!And [!Condition IsProd, !Not [!Equals [!Ref A, '']]]"))
                .isEqualTo(Map.of("Fn::And", List.of(
                        Map.of("Condition", "IsProd"),
                        Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "A"), "")))))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        !Join ['-', [a, b]]              | Fn::Join
        !Select [0, !GetAZs '']          | Fn::Select
        !Split [',', 'a,b']              | Fn::Split
        !FindInMap [M, K, V]             | Fn::FindInMap
        !ImportValue Shared              | Fn::ImportValue
        !Cidr [10.0.0.0/16, 4, 8]        | Fn::Cidr
        !Or [!Condition A, !Condition B] | Fn::Or
        !GetAZs ''                       | Fn::GetAZs
        !Length [a, b]                   | Fn::Length
        !ToJsonString {a: 1}             | Fn::ToJsonString
        """)
    void everyShortForm_hasItsLongFormKey(String yaml, String longForm) {
        assertThat(value(yaml)).isInstanceOf(Map.class).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys(longForm);
    }

    @Test
    void scalarTypes_followYamlCoreSchema() {
        Map<String, Object> tree = CfnYamlReader.parse("""
                N: 12
                F: 0.5
                B: true
                S: '12'
                Z: ~
                """, "t");
        assertThat(tree.get("N")).isEqualTo(12);
        assertThat(tree.get("F")).isEqualTo(0.5);
        assertThat(tree.get("B")).isEqualTo(true);
        assertThat(tree.get("S")).isEqualTo("12");
        assertThat(tree).containsEntry("Z", null);
    }

    @Test
    void numericKeys_becomeStrings_likeCloudFormationJson() {
        assertThat(CfnYamlReader.parse("R: {200: ok}", "t").get("R")).isEqualTo(Map.of("200", "ok"));
    }

    @Test
    void keyOrder_isKept() {
        Map<String, Object> tree = CfnYamlReader.parse("C: 1\nA: 2\nB: 3\n", "t");
        assertThat(tree.keySet()).containsExactly("C", "A", "B");
    }

    @Test
    void tree_isUnmodifiable() {
        Map<String, Object> tree = CfnYamlReader.parse("A: [1]", "t");
        assertThatThrownBy(() -> tree.put("B", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicateKey_isRejected() {
        assertThatThrownBy(() -> CfnYamlReader.parse("A: 1\nA: 2\n", "dup.yaml"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("dup.yaml");
    }

    @Test
    void unknownTag_isRejected() {
        assertThatThrownBy(() -> value("!Reff Stage")).isInstanceOf(TemplateException.class);
    }

    @Test
    void malformedYaml_isReportedWithItsSource() {
        assertThatThrownBy(() -> CfnYamlReader.parse("A: [1, 2\n", "broken.yaml"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("broken.yaml");
    }

    @Test
    void nonMappingDocument_isRejected() {
        assertThatThrownBy(() -> CfnYamlReader.parse("- a\n- b\n", "list.yaml"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("mapping");
    }
}
