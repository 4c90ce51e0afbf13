package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cfn-lint template.yaml} (what {@code sam validate --lint} runs) finds nothing: no error, no warning. */
class CfnLintTest {

    @Test
    void cfnLint_findsNothingInTheTemplate() {
        AwsTools.Run lint = AwsTools.cfnLint("--format", "parseable", "--", "template.yaml");
        assertThat(lint.stdout() + lint.stderr()).as("cfn-lint template.yaml").isBlank();
        assertThat(lint.exitCode()).as("cfn-lint's exit code").isZero();
    }

    @Test
    void cfnLint_reportsAMisspeltProperty_soTheCheckAboveCanFail(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("template.yaml");
        Files.writeString(broken, Files.readString(RepoFiles.resolve("template.yaml"))
                .replace("      BillingMode: PAY_PER_REQUEST\n", "      BilingMode: PAY_PER_REQUEST\n"));
        AwsTools.Run lint = AwsTools.cfnLint("--format", "parseable", "--", broken.toString());
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.stdout()).contains("BilingMode");
    }

    @Test
    void noCheckIsSilenced() {
        // W3005 (SAM's generated usage plan) is fixed by declaring the usage plan, not ignored
        CfnTemplate template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        Object metadata = template.tree().get("Metadata");
        assertThat(metadata instanceof Map<?, ?> m ? m.get("cfn-lint") : null).isNull();
        assertThat(Files.exists(RepoFiles.resolve(".cfnlintrc"))).isFalse();
        assertThat(Files.exists(RepoFiles.resolve(".cfnlintrc.yaml"))).isFalse();
    }
}
