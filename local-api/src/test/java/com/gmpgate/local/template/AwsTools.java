package com.gmpgate.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The AWS tools the template checks run: cfn-lint and the SAM transform (aws-sam-translator), both Python.
 * Interpreter: {@code GMP_PYTHON}, else {@code python3}. A machine without them fails the checks with a message
 * that says what to install, never skips them.
 */
final class AwsTools {

    static final String INSTALL = "pip install cfn-lint aws-sam-translator \"moto[server]\"";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentHashMap<String, JsonNode> TRANSFORMED = new ConcurrentHashMap<>();
    private static volatile boolean checked;

    private AwsTools() {
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    static String python() {
        String configured = System.getenv("GMP_PYTHON");
        return configured == null || configured.isBlank() ? "python3" : configured;
    }

    /** cfn-lint's command line, as {@code cfn-lint <args>} would run it (sam validate --lint runs the same). */
    static Run cfnLint(String... args) {
        List<String> command = new ArrayList<>(List.of(python(), "-c",
                "import sys; from cfnlint.runner import main; sys.argv[0] = 'cfn-lint'; main()"));
        command.addAll(List.of(args));
        return run(command);
    }

    /** The transformed template (SAM resources expanded), as CloudFormation would receive it in this region. */
    static JsonNode samTransform(Path template, String region) {
        return TRANSFORMED.computeIfAbsent(template.toAbsolutePath() + "@" + region, key -> {
            Run run = run(List.of(python(), script("sam_transform.py").toString(), template.toString(), region));
            if (run.exitCode() != 0) {
                throw new AssertionError("the SAM transform of " + template + " failed:\n" + run.stderr());
            }
            try {
                return JSON.readTree(run.stdout());
            } catch (IOException e) {
                throw new AssertionError("the SAM transform printed no JSON: " + run.stdout(), e);
            }
        });
    }

    static JsonNode samTransform() {
        return samTransform(RepoFiles.resolve("template.yaml"), "ap-northeast-2");
    }

    private static Path script(String name) {
        Path script = RepoFiles.resolve("local-api/src/test/resources/template-tools/" + name);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("missing " + script);
        }
        return script;
    }

    private static synchronized void requireTools() {
        if (checked) {
            return;
        }
        Run probe;
        try {
            probe = exec(List.of(python(), "-c",
                    "import cfnlint.version, samtranslator; print(cfnlint.version.__version__, samtranslator.__version__)"));
        } catch (IOException e) {
            throw new AssertionError("The template checks need Python 3 with cfn-lint and aws-sam-translator, but '"
                    + python() + "' cannot be run (" + e.getMessage() + "). Install Python 3 and then: " + INSTALL
                    + " (or set GMP_PYTHON to an interpreter that has them).");
        }
        if (probe.exitCode() != 0) {
            throw new AssertionError("The template checks need cfn-lint and aws-sam-translator in '" + python()
                    + "': " + INSTALL + " (or set GMP_PYTHON to an interpreter that has them). Python said:\n"
                    + probe.stderr().strip());
        }
        checked = true;
    }

    private static Run run(List<String> command) {
        requireTools();
        try {
            return exec(command);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command.get(0), e);
        }
    }

    private static Run exec(List<String> command) throws IOException {
        Path out = Files.createTempFile("aws-tools", ".out");
        Path err = Files.createTempFile("aws-tools", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(RepoFiles.root().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 180 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
