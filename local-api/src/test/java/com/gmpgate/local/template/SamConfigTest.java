package com.gmpgate.local.template;

import com.gmpgate.template.CfnTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** samconfig.toml: each environment deploys its own stack with its own Stage, and names only real parameters. */
class SamConfigTest {

    private static final Pattern SECTION = Pattern.compile("^\\[([^]]+)]\\s*$");
    private static final Pattern STRING_ENTRY = Pattern.compile("^(\\w+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

    /** section → key → string value; the flat subset of TOML that samconfig uses. */
    private static final Map<String, Map<String, String>> SECTIONS = new LinkedHashMap<>();
    private static CfnTemplate template;

    @BeforeAll
    static void load() throws IOException {
        String section = "";
        for (String line : Files.readAllLines(RepoFiles.resolve("samconfig.toml"))) {
            Matcher header = SECTION.matcher(line);
            Matcher entry = STRING_ENTRY.matcher(line);
            if (header.matches()) {
                section = header.group(1);
            } else if (entry.matches()) {
                SECTIONS.computeIfAbsent(section, s -> new LinkedHashMap<>())
                        .put(entry.group(1), entry.group(2).replace("\\\"", "\""));
            }
        }
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging", "prod"})
    void environment_deploysItsOwnStack_withItsOwnStage(String env) {
        assertThat(SECTIONS.get(env + ".global.parameters")).containsEntry("stack_name", "gmp-hygiene-gate-" + env);
        Map<String, String> deploy = SECTIONS.get(env + ".deploy.parameters");
        // CAPABILITY_AUTO_EXPAND: the template's AWS::LanguageExtensions transform needs it
        assertThat(deploy).containsEntry("capabilities", "CAPABILITY_IAM CAPABILITY_AUTO_EXPAND");
        Map<String, String> overrides = overrides(deploy.get("parameter_overrides"));
        assertThat(overrides).containsEntry("Stage", env);
        assertThat(template.parameters().keySet()).as(env + " overrides name template parameters")
                .containsAll(overrides.keySet());
        Object allowedProviders = ((Map<?, ?>) template.parameters().get("AiProvider")).get("AllowedValues");
        assertThat(((List<?>) allowedProviders).contains(overrides.getOrDefault("AiProvider", "bedrock")))
                .as(env + " AiProvider allowed").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "dev", "staging", "prod"})
    void everyOverride_isAValueTheTemplateParameterAccepts(String env) {
        Map<String, String> overrides = overrides(SECTIONS.get(env + ".deploy.parameters").get("parameter_overrides"));
        overrides.forEach((name, value) -> {
            Map<?, ?> parameter = (Map<?, ?>) template.parameters().get(name);
            assertThat(parameter).as(env + ": " + name + " is a parameter of template.yaml").isNotNull();
            if (parameter.get("AllowedValues") instanceof List<?> allowed) {
                assertThat(allowed.stream().map(String::valueOf).toList()).as(env + ": " + name).contains(value);
            }
            if ("Number".equals(parameter.get("Type"))) {
                double number = Double.parseDouble(value);
                if (parameter.get("MinValue") instanceof Number min) {
                    assertThat(number).as(env + ": " + name + " >= MinValue").isGreaterThanOrEqualTo(min.doubleValue());
                }
                if (parameter.get("MaxValue") instanceof Number max) {
                    assertThat(number).as(env + ": " + name + " <= MaxValue").isLessThanOrEqualTo(max.doubleValue());
                }
            }
            if (parameter.get("AllowedPattern") instanceof String pattern) {
                assertThat(value).as(env + ": " + name + " matches AllowedPattern").matches(pattern);
            }
        });
    }

    /** "Stage=dev AiProvider=bedrock" → {Stage: dev, AiProvider: bedrock}. */
    private static Map<String, String> overrides(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        assertThat(text).as("parameter_overrides").isNotBlank();
        for (String pair : text.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            assertThat(eq).as("'" + pair + "' is Name=Value").isPositive();
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }
}
