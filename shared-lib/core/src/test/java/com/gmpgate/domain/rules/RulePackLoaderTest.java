package com.gmpgate.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.checklist.RequiredWhen;
import com.gmpgate.domain.verdict.CitationKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RulePackLoaderTest {

    private static final String VALID = """
            id: test-pack
            version: "1"
            name: {ko: 시험, en: Test}
            settings:
              confidenceThreshold: 0.7
              feverThresholdC: 37.5
              productContact: true
            template:
              id: test-daily
              version: 1
              items:
                - {id: temperature, type: number, category: symptom, order: 1, min: 34, max: 43, label: {ko: 체온, en: Temperature}}
                - {id: jaundice, type: boolean, category: symptom, order: 2, label: {ko: 황달, en: Jaundice}}
                - {id: hand_wound, type: boolean, category: wound, order: 3, label: {ko: 상처, en: Wound}}
                - {id: hand_wound_photo, type: photo, category: wound, order: 4, requiredWhen: {item: hand_wound, is: true}, label: {ko: 사진, en: Photo}}
            rules:
              - id: T-JAUNDICE
                when: {item: jaundice, is: true}
                outcome: EXCLUDE
                message: {ko: 황달, en: Jaundice}
                returnToWork: {ko: 나으면, en: When well}
                citation: {kind: LAW, source: "Law 1", verified: true}
              - id: T-FEVER
                when: {item: temperature, atLeast: {setting: feverThresholdC}}
                outcome: EXCLUDE
                message: {ko: 열, en: Fever}
                returnToWork: {ko: 열이 내리면, en: When fever-free}
                citation: {kind: SITE_POLICY, source: "Site", verified: true}
              - id: T-WOUND
                when: {all: [{photo: hand_wound_photo, wound: severity, in: [MINOR]}, {setting: productContact, is: false}]}
                outcome: RESTRICT
                message: {ko: 상처, en: Wound}
                condition: {code: NO_CONTACT, message: {ko: 접촉 금지, en: No contact}}
                citation: {kind: GUIDANCE, source: "Guide", verified: false}
            """;

    private static RulePack load(String yaml) {
        return RulePackLoader.fromYaml(yaml, "test.yaml");
    }

    private static String mutate(String from, String to) {
        assertThat(VALID).as("the fixture contains %s", from).contains(from);
        return VALID.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static String resource(String path) {
        try (InputStream in = RulePackLoaderTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fromYaml_readsEveryPartOfAValidPack() {
        RulePack pack = load(VALID);

        assertThat(pack.id()).isEqualTo("test-pack");
        assertThat(pack.version()).isEqualTo("1");
        assertThat(pack.settings()).containsEntry("productContact", true)
                .containsEntry("feverThresholdC", new BigDecimal("37.5"));
        assertThat(pack.confidenceThreshold()).isEqualByComparingTo("0.7");
        assertThat(pack.template().items()).extracting(ChecklistItem::id)
                .containsExactly("temperature", "jaundice", "hand_wound", "hand_wound_photo");
        ChecklistItem photo = pack.template().item("hand_wound_photo").orElseThrow();
        assertThat(photo.type()).isEqualTo(ItemType.PHOTO);
        assertThat(photo.required()).isFalse();
        assertThat(photo.requiredWhen()).hasValue(new RequiredWhen("hand_wound", true));
        assertThat(pack.rules()).extracting(Rule::id).containsExactly("T-JAUNDICE", "T-FEVER", "T-WOUND");
        assertThat(pack.rule("T-FEVER").orElseThrow().when()).isEqualTo(new When.ItemCompare("temperature",
                Comparison.AT_LEAST, new BigDecimal("37.5"), Optional.of("feverThresholdC")));
        assertThat(pack.rule("T-WOUND").orElseThrow().condition()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("NO_CONTACT"));
        assertThat(pack.rule("T-WOUND").orElseThrow().citation().kind()).isEqualTo(CitationKind.GUIDANCE);
    }

    static Stream<Arguments> malformedPacks() {
        return Stream.of(
                Arguments.of("an unknown top-level key", VALID + "extra: 1\n", "unknown key 'extra'"),
                Arguments.of("an unknown rule key", mutate("message: {ko: 황달, en: Jaundice}", "messages: {ko: 황달, en: Jaundice}"), "unknown key 'messages'"),
                Arguments.of("an unknown item key", mutate("order: 2,", "order: 2, hint: x,"), "unknown key 'hint'"),
                Arguments.of("an unknown key in a condition", mutate("{item: jaundice, is: true}", "{item: jaundice, iss: true}"), "iss"),
                Arguments.of("an unknown predicate", mutate("{item: jaundice, is: true}", "{answer: jaundice, is: true}"), "expected one of all, any, not, item, photo, setting"),
                Arguments.of("a message without English", mutate("message: {ko: 황달, en: Jaundice}", "message: {ko: 황달}"), "missing 'en'"),
                Arguments.of("a label without Korean", mutate("label: {ko: 황달, en: Jaundice}", "label: {en: Jaundice}"), "missing 'ko'"),
                Arguments.of("an empty message", mutate("message: {ko: 황달, en: Jaundice}", "message: {ko: 황달, en: ''}"), "expected a non-empty text"),
                Arguments.of("a rule naming an unknown item", mutate("{item: jaundice, is: true}", "{item: jaundise, is: true}"), "unknown item 'jaundise'"),
                Arguments.of("a duplicate rule id", mutate("id: T-FEVER", "id: T-JAUNDICE"), "duplicate rule id 'T-JAUNDICE'"),
                Arguments.of("a rule without citation", mutate("    citation: {kind: LAW, source: \"Law 1\", verified: true}\n", ""), "missing 'citation'"),
                Arguments.of("an unknown citation kind", mutate("kind: LAW", "kind: STATUTE"), "unknown value 'STATUTE'"),
                Arguments.of("a citation without verified", mutate("source: \"Law 1\", verified: true}", "source: \"Law 1\"}"), "missing 'verified'"),
                Arguments.of("an EXCLUDE without returnToWork", mutate("    returnToWork: {ko: 나으면, en: When well}\n", ""), "missing 'returnToWork'"),
                Arguments.of("a CORRECTABLE with returnToWork", mutate("outcome: EXCLUDE", "outcome: CORRECTABLE"), "only EXCLUDE rules carry returnToWork"),
                Arguments.of("a RESTRICT without condition", mutate("    condition: {code: NO_CONTACT, message: {ko: 접촉 금지, en: No contact}}\n", ""), "missing 'condition'"),
                Arguments.of("a condition code that is not UPPER_SNAKE", mutate("code: NO_CONTACT", "code: no-contact"), "UPPER_SNAKE"),
                Arguments.of("an unknown outcome", mutate("outcome: RESTRICT", "outcome: WARN"), "unknown value 'WARN'"),
                Arguments.of("a rule id that is not UPPER-KEBAB", mutate("id: T-JAUNDICE", "id: t_jaundice"), "UPPER-KEBAB"),
                Arguments.of("an unknown setting", mutate("{setting: feverThresholdC}", "{setting: feverLimit}"), "'feverLimit' is not a number setting"),
                Arguments.of("a setting no rule reads", mutate("productContact: true", "productContact: true\n  productContct: false"), "settings.productContct: no rule reads this setting"),
                Arguments.of("a yes/no setting used as a number", mutate("{setting: feverThresholdC}", "{setting: productContact}"), "'productContact' is not a number setting"),
                Arguments.of("a number setting tested as yes/no", mutate("{setting: productContact, is: false}", "{setting: feverThresholdC, is: false}"), "not a true/false setting"),
                Arguments.of("'is' on a number item", mutate("{item: temperature, atLeast: {setting: feverThresholdC}}", "{item: temperature, is: true}"), "not yes/no"),
                Arguments.of("a comparison on a yes/no item", mutate("{item: jaundice, is: true}", "{item: jaundice, atLeast: 1}"), "not a number item"),
                Arguments.of("two comparisons at once", mutate("atLeast: {setting: feverThresholdC}", "atLeast: 37, below: 40"), "exactly one of"),
                Arguments.of("a wound test on a non-photo item", mutate("photo: hand_wound_photo", "photo: hand_wound"), "not a photo item"),
                Arguments.of("an unknown wound field", mutate("wound: severity", "wound: size"), "unknown wound field 'size'"),
                Arguments.of("an unknown severity", mutate("in: [MINOR]", "in: [TINY]"), "unknown severity"),
                Arguments.of("an empty 'all'", mutate("{all: [{photo: hand_wound_photo, wound: severity, in: [MINOR]}, {setting: productContact, is: false}]}", "{all: []}"), "at least one"),
                Arguments.of("a duplicate YAML key", mutate("version: \"1\"", "version: \"1\"\nversion: \"2\""), "duplicate key"),
                Arguments.of("broken YAML", mutate("rules:", "rules: ["), "not valid YAML"),
                Arguments.of("a version that is not text", mutate("version: \"1\"", "version: 1"), "quote it"),
                Arguments.of("no confidence threshold", mutate("  confidenceThreshold: 0.7\n", ""), "confidenceThreshold"),
                Arguments.of("a confidence threshold above 1", mutate("confidenceThreshold: 0.7", "confidenceThreshold: 70"), "within 0..1"),
                Arguments.of("a requiredWhen on an unknown item", mutate("requiredWhen: {item: hand_wound,", "requiredWhen: {item: hand_wond,"), "requiredWhen names 'hand_wond'"),
                Arguments.of("a duplicate item id", mutate("id: jaundice, type", "id: temperature, type"), "duplicate item id 'temperature'"),
                Arguments.of("a repeated item order", mutate("order: 2,", "order: 1,"), "repeats order 1"),
                Arguments.of("min above max", mutate("min: 34, max: 43", "min: 44, max: 43"), "min is above max"),
                Arguments.of("a range on a yes/no item", mutate("order: 2,", "order: 2, min: 0,"), "belong to number items"),
                Arguments.of("an unknown item type", mutate("type: boolean", "type: text"), "unknown value 'text'"),
                Arguments.of("a document that is a list", "- a\n- b\n", "expected a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPacks")
    void fromYaml_refuses_aMalformedPack(String what, String yaml, String expected) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith("test.yaml")
                .hasMessageContaining(expected);
    }

    @Test
    void fromYaml_namesThePathToTheError() {
        assertThatThrownBy(() -> load(mutate("{item: jaundice, is: true}", "{item: jaundise, is: true}")))
                .hasMessage("test.yaml: rules[0] (T-JAUNDICE).when.item: unknown item 'jaundise' (not in template test-daily)");
    }

    @Test
    void fromYaml_refusesOneConditionCode_withTwoMessages() {
        String yaml = VALID + """
                  - id: T-WOUND-2
                    when: {photo: hand_wound_photo, assessment: TRUSTED}
                    outcome: CONDITION
                    message: {ko: 상처, en: Wound}
                    condition: {code: NO_CONTACT, message: {ko: 다른 말, en: Something else}}
                    citation: {kind: SITE_POLICY, source: "Site", verified: true}
                """;

        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("one code, one message");
    }

    // ── content hash ─────────────────────────────────────────────────────

    @Test
    void contentHash_isTheHexSha256_andStableAcrossLoads() {
        assertThat(load(VALID).contentHash()).matches("[0-9a-f]{64}").isEqualTo(load(VALID).contentHash());
    }

    @Test
    void contentHash_changes_whenARuleThresholdChanges() {
        String kr = resource("/rulepacks/kr-food-haccp.yaml");

        String changed = kr.replace("feverThresholdC: 37.5", "feverThresholdC: 37.8");

        assertThat(changed).isNotEqualTo(kr);
        assertThat(load(changed).contentHash()).isNotEqualTo(load(kr).contentHash());
    }

    @Test
    void contentHash_changes_whenALiteralThresholdInARuleChanges() {
        String yaml = mutate("{item: jaundice, is: true}", "{item: temperature, atLeast: 39}");

        assertThat(load(yaml).contentHash()).isNotEqualTo(load(yaml.replace("atLeast: 39", "atLeast: 39.5")).contentHash());
    }

    @Test
    void contentHash_changes_whenOneRulesMessageChanges() {
        String kr = resource("/rulepacks/kr-food-haccp.yaml");

        String changed = kr.replace("황달 증상이 있어 A형간염이 의심되므로", "황달이 있어 A형간염이 의심되므로");

        assertThat(changed).isNotEqualTo(kr);
        assertThat(load(changed).contentHash()).isNotEqualTo(load(kr).contentHash());
    }

    @Test
    void contentHash_changes_whenACitationIsMarkedVerified() {
        assertThat(load(mutate("source: \"Guide\", verified: false", "source: \"Guide\", verified: true")).contentHash())
                .isNotEqualTo(load(VALID).contentHash());
    }

    @Test
    void contentHash_ignoresComments_keyOrder_numberSpelling_andLineEndings() {
        String reformatted = ("# a comment\n" + VALID)
                .replace("{item: jaundice, is: true}", "{is: true, item: jaundice}   # reordered")
                .replace("confidenceThreshold: 0.7", "confidenceThreshold: 0.70")
                .replace("\n", "\r\n");

        assertThat(load(reformatted).contentHash()).isEqualTo(load(VALID).contentHash());
    }

    @Test
    void withSettings_givesAVariantWithItsOwnHash() {
        RulePack pack = load(VALID);

        RulePack packing = pack.withSettings(Map.of("productContact", false));

        assertThat(packing.settings()).containsEntry("productContact", false);
        assertThat(packing.contentHash()).isNotEqualTo(pack.contentHash());
        assertThat(pack.withSettings(Map.of("productContact", true)).contentHash()).isEqualTo(pack.contentHash());
        assertThat(pack.withSettings(Map.of("feverThresholdC", 38)).rule("T-FEVER").orElseThrow().when())
                .isEqualTo(new When.ItemCompare("temperature", Comparison.AT_LEAST, new BigDecimal("38"), Optional.of("feverThresholdC")));
    }

    @Test
    void withSettings_refusesAnUnknownSetting_orAnotherType() {
        RulePack pack = load(VALID);

        assertThatThrownBy(() -> pack.withSettings(Map.of("productContct", false))).isInstanceOf(RulePackException.class)
                .hasMessageContaining("no setting 'productContct'");
        assertThatThrownBy(() -> pack.withSettings(Map.of("productContact", "no"))).isInstanceOf(RulePackException.class)
                .hasMessageContaining("must stay a boolean");
        assertThatThrownBy(() -> pack.withSettings(Map.of("feverThresholdC", true))).isInstanceOf(RulePackException.class)
                .hasMessageContaining("must stay a number");
    }

    // ── shipped packs ────────────────────────────────────────────────────

    @ParameterizedTest
    @ValueSource(strings = {"kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma"})
    void shippedPack_loads_withTheDefaultItemIds(String id) {
        RulePack pack = RulePacks.loadShipped(id);

        assertThat(pack.id()).isEqualTo(id);
        assertThat(pack.template().items()).extracting(ChecklistItem::id).contains(
                "temperature", "vomiting", "diarrhea", "jaundice", "sore_throat_fever", "reportable_diagnosis",
                "hand_wound", "hand_wound_photo", "uniform_clean", "hair_covered", "jewelry_removed", "nails_ok",
                "hands_washed");
        ChecklistItem temperature = pack.template().item("temperature").orElseThrow();
        assertThat(temperature.min()).hasValueSatisfying(min -> assertThat(min).isEqualByComparingTo("34"));
        assertThat(temperature.max()).hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("43"));
        assertThat(pack.template().item("hand_wound_photo").orElseThrow().requiredWhen())
                .hasValue(new RequiredWhen("hand_wound", true));
        assertThat(pack.confidenceThreshold()).isEqualByComparingTo("0.7");
        assertThat(pack.settings().get("feverThresholdC")).isEqualTo(new BigDecimal("37.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr-food-haccp", "us-fda-food-code", "eu-gmp-pharma"})
    void shippedPack_neverCallsASitePolicyLaw(String id) {
        List<Rule> rules = RulePacks.loadShipped(id).rules();

        assertThat(rules).filteredOn(r -> r.citation().source().matches("(?i).*(site policy|사업장 기준|site hygiene).*"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.citation().kind()).as(r.id()).isEqualTo(CitationKind.SITE_POLICY));
        assertThat(rules).filteredOn(r -> r.citation().kind() == CitationKind.SITE_POLICY)
                .allSatisfy(r -> assertThat(r.citation().source()).as(r.id()).containsAnyOf("Site", "사업장"));
    }

    @Test
    void rulePacks_defaultsToTheKoreanPack_andFindsAPackByHash() {
        RulePacks packs = RulePacks.shipped();

        assertThat(packs.defaultPack().id()).isEqualTo("kr-food-haccp");
        assertThat(packs.all()).hasSize(3);
        assertThat(packs.findByHash(packs.get("eu-gmp-pharma").contentHash())).hasValue(packs.get("eu-gmp-pharma"));
        assertThat(packs.findByHash("0".repeat(64))).isEmpty();
    }

    @Test
    void rulePacks_refusesAnUnknownId() {
        assertThatThrownBy(() -> RulePacks.shipped().get("jp-food")).isInstanceOf(RulePackException.class)
                .hasMessageContaining("jp-food");
    }

    @Test
    void rulePacks_shippedHashes_differFromEachOther() {
        assertThat(RulePacks.shipped().all()).extracting(RulePack::contentHash).doesNotHaveDuplicates();
    }
}
