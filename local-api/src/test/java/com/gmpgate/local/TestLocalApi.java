package com.gmpgate.local;

import com.gmpgate.local.lambda.LocalLog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** local-api as the tests start it: the repository's template and defaults, with what a test needs of its own. */
public final class TestLocalApi {

    private TestLocalApi() {
    }

    /** On a free port, in the test's data directory, behind its API key, serving no app. */
    public static LocalApiOptions options(Path dataDir, String apiKey) {
        return options(dataDir, apiKey, LocalApiOptions.DEFAULT_ADMIN_PASSWORD, false);
    }

    /** The same with the demo admin's password and whether to empty the data directory first. */
    public static LocalApiOptions options(Path dataDir, String apiKey, String adminPassword, boolean reset) {
        LocalApiOptions d = LocalApiOptions.defaults(RepoFiles.root());
        return new LocalApiOptions(d.repositoryRoot(), d.template(), 0, d.bindAddress(), dataDir, apiKey,
                adminPassword, reset, Map.of(), d.integrationTimeout(), Map.of());
    }

    /** The same on another template. */
    public static LocalApiOptions options(Path template, Path dataDir, String apiKey) {
        return options(dataDir, apiKey).withTemplate(template);
    }

    /** local-api's log into {@code out}, for a test that prints it when it ends. */
    public static LocalLog log(OutputStream out) {
        return new LocalLog(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** local-api's log, discarded. */
    public static LocalLog quiet() {
        return log(new ByteArrayOutputStream());
    }
}
