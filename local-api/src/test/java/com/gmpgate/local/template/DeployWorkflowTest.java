package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import com.gmpgate.template.CfnYamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/deploy.yml agrees with what it deploys (actionlint is not on these machines): valid YAML,
 * actions pinned, the AWS token only where an approval can stop it, the jars it ships are the template's
 * CodeUris, and the stack outputs it reads exist.
 */
class DeployWorkflowTest {

    static Map<String, Object> workflow;
    static String text;
    static CfnTemplate template;

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(RepoFiles.resolve(".github/workflows/deploy.yml"));
        workflow = CfnYamlReader.parse(text, "deploy.yml");
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> job(String name) {
        return (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(name);
    }

    @Test
    void onlyTheDeployJob_getsAnAwsToken_andItRunsInTheChosenEnvironment_afterTheBuild() {
        assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read"));
        assertThat(job("build")).doesNotContainKey("environment").doesNotContainKey("permissions");
        assertThat(job("deploy").get("environment")).isEqualTo("${{ inputs.environment }}");
        assertThat(job("deploy").get("needs")).isEqualTo("build");
        assertThat(job("deploy").get("permissions")).isEqualTo(Map.of("contents", "read", "id-token", "write"));
        assertThat(text).doesNotContain("secrets.AWS_ACCESS_KEY_ID").doesNotContain("aws-secret-access-key");
    }

    @Test
    void everyAction_isPinnedToAVersion() {
        Matcher uses = Pattern.compile("uses:\\s*(\\S+)").matcher(text);
        List<String> unpinned = new ArrayList<>();
        while (uses.find()) {
            if (!uses.group(1).matches("[\\w.-]+/[\\w.-]+@v\\d+(\\.\\d+)*")) {
                unpinned.add(uses.group(1));
            }
        }
        assertThat(unpinned).isEmpty();
    }

    @Test
    void theJarsItShips_areTheCodeUrisOfTheTemplatesFunctions() {
        Set<String> codeUris = new LinkedHashSet<>();
        template.resourcesOfType("AWS::Serverless::Function").values()
                .forEach(f -> codeUris.add(String.valueOf(CfnTemplate.properties(f).get("CodeUri"))));
        List<String> notShipped = codeUris.stream().filter(uri -> !text.contains(uri)
                && !text.contains(uri.replaceAll("/[^/]+\\.jar$", "/*.jar"))).toList();

        assertThat(notShipped).as("add to the build job's artifact").isEmpty();
    }

    @Test
    void theStackOutputsItReads_existInTheTemplate() {
        Matcher output = Pattern.compile("\\$\\(output (\\w+)\\)").matcher(text);
        Set<String> read = new LinkedHashSet<>();
        while (output.find()) {
            read.add(output.group(1));
        }

        assertThat(read).isNotEmpty();
        assertThat(template.outputs().keySet()).containsAll(read);
    }

    @Test
    void theStackItDeploys_isTheOneSamconfigNamesForTheStage() throws IOException {
        String samconfig = Files.readString(RepoFiles.resolve("samconfig.toml"));
        for (String stage : List.of("dev", "staging", "prod")) {
            assertThat(samconfig).contains("[" + stage + ".global.parameters]\nstack_name = \"gmp-hygiene-gate-"
                    + stage + "\"");
        }
        assertThat(job("deploy").get("env")).isEqualTo(Map.of("STAGE", "${{ inputs.environment }}",
                "STACK", "gmp-hygiene-gate-${{ inputs.environment }}", "AWS_REGION", "${{ vars.AWS_REGION }}"));
    }
}
