package com.gmpgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's refusals, all before any AWS call: exit code 2 and a sentence, never a stack trace. */
class GmpAdminTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GmpAdmin(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run createSite(String site, String login) {
        return run("create-site", "--stage", "dev", "--site", site, "--name", "Plant", "--admin-login", login,
                "--admin-name", "김품질");
    }

    @Test
    void help_printsTheCommands_andExitsZero() {
        Run help = run("help");

        assertThat(help.exit()).isEqualTo(GmpAdmin.OK);
        assertThat(help.out()).contains("create-site", "list-sites", "reset-password", "--stage");
    }

    @Test
    void noCommand_printsTheUsage_andExitsTwo() {
        assertThat(run().exit()).isEqualTo(GmpAdmin.USAGE);
    }

    @Test
    void anUnknownCommand_isAUsageError() {
        Run run = run("drop-site", "--stage", "dev");

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("unknown command 'drop-site'");
    }

    @Test
    void anUnknownFlag_isAUsageError_notIgnored() {
        Run run = run("list-sites", "--stage", "dev", "--force", "yes");

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("unknown flag --force");
    }

    @Test
    void aFlagWithoutValue_isAUsageError() {
        assertThat(run("list-sites", "--stage").err()).contains("--stage needs a value");
    }

    @Test
    void aFlagGivenTwice_isAUsageError() {
        assertThat(run("list-sites", "--stage", "dev", "--stage=prod").err()).contains("--stage is given twice");
    }

    @Test
    void withoutAStackOrTable_itAsksForOne() {
        Run run = run("list-sites", "--region", "ap-northeast-2");

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("--stage dev|staging|prod, --stack NAME or --users-table NAME");
    }

    @Test
    void anUnknownStage_isRefused() {
        Run run = run("list-sites", "--stage", "production");

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("--stage must be dev, staging or prod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Plant-1", "-plant", "plant-", "plant_1", "plant 1", "공장",
            "a234567890123456789012345678901234567890x"})
    void aSiteIdOutsideItsFormat_isRefused(String site) {
        Run run = createSite(site, "qa.kim");

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("--site must be 3-40 lower-case letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".qa", "qa kim", "qa/kim", "qa\u0000kim"})
    void aLoginIdOutsideTheApisFormat_isRefused(String login) {
        Run run = createSite("plant-1", login);

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("login ids are 3-64 letters or digits");
    }

    @Test
    void aKoreanLoginId_isAccepted_asTheApiAcceptsIt() {
        // valid input goes on to AWS: with a region and no table reachable it fails there, not on the login id
        Run run = run("create-site", "--users-table", "t", "--endpoint-url", "http://127.0.0.1:9", "--region",
                "us-east-1", "--site", "plant-1", "--name", "Plant", "--admin-login", "김품질", "--admin-name", "김품질");

        assertThat(run.err()).doesNotContain("login ids are");
        assertThat(run.exit()).isEqualTo(GmpAdmin.AWS);
    }

    @Test
    void aDisplayNameTooLong_isRefused() {
        Run run = run("create-site", "--stage", "dev", "--site", "plant-1", "--name", "Plant", "--admin-login",
                "qa.kim", "--admin-name", "김".repeat(51));

        assertThat(run.exit()).isEqualTo(GmpAdmin.USAGE);
        assertThat(run.err()).contains("--admin-name must be 1-50 characters");
    }
}
