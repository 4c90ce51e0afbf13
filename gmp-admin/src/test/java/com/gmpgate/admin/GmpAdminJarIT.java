package com.gmpgate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar as an operator runs it: {@code java -jar gmp-admin/target/gmp-admin.jar ...}. */
@LocalAwsTest
class GmpAdminJarIT {

    static final Path JAR = Path.of("target", "gmp-admin.jar");

    record Run(int exit, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("gmp-admin", ".out");
        Path err = Files.createTempFile("gmp-admin", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("gmp-admin finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJar_runsOnItsOwn_createsASite_andListsIt_withoutLogNoise(LocalAwsResources aws) throws Exception {
        assertThat(JAR).as("mvn package builds it").exists();
        String[] target = {"--users-table", aws.tableName("UsersTable"), "--endpoint-url",
                aws.endpoints().dynamoDb().toString(), "--region", "us-east-1"};
        String site = "jar-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> create = new ArrayList<>(List.of("create-site", "--site", site, "--name", "용인 공장",
                "--admin-login", "lead." + site, "--admin-name", "박관리"));
        create.addAll(List.of(target));
        Run created = java(create.toArray(String[]::new));
        List<String> list = new ArrayList<>(List.of("list-sites"));
        list.addAll(List.of(target));
        Run listed = java(list.toArray(String[]::new));

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("One-time password: ").contains("용인 공장");
        assertThat(created.err()).isEmpty();
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(site).contains("용인 공장");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void withoutCredentials_itSaysSo_inOneSentence_andExitsFour() throws Exception {
        Run run = javaWithoutCredentials("list-sites", "--users-table", "t", "--region", "ap-northeast-2");

        assertThat(run.exit()).isEqualTo(GmpAdmin.AWS);
        assertThat(run.err().strip()).startsWith("gmp-admin: no AWS credentials found").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** An empty environment and home: no keys, no profile, no instance role (IMDS is disabled). */
    static Run javaWithoutCredentials(String... args) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("gmp-admin-home");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + home, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().put("AWS_CONFIG_FILE", home.resolve("config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        Path out = Files.createTempFile("gmp-admin", ".out");
        Path err = Files.createTempFile("gmp-admin", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
