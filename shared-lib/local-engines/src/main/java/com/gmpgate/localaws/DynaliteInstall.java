package com.gmpgate.localaws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where dynalite lives: {@code tools/dynalite} of the repository, installed from its lock file with
 * {@code npm ci}. The Maven build of shared-testing installs it; this installs it too when a test or
 * local-api runs from an IDE on a fresh clone.
 */
public final class DynaliteInstall {

    public static final String TOOL_DIRECTORY = "tools/dynalite";

    private DynaliteInstall() {
    }

    static synchronized Path ensureInstalled(Path repositoryRoot) {
        Path toolDirectory = repositoryRoot.resolve(TOOL_DIRECTORY);
        Path cli = toolDirectory.resolve("node_modules/dynalite/cli.js");
        if (Files.isRegularFile(cli)) {
            return cli;
        }
        if (!Files.isRegularFile(toolDirectory.resolve("package-lock.json"))) {
            throw new LocalAwsException("no " + TOOL_DIRECTORY + "/package-lock.json under " + repositoryRoot);
        }
        try {
            Process npm = new ProcessBuilder(npm(), "ci", "--no-audit", "--no-fund")
                    .directory(toolDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new LocalAwsException("'npm ci' in " + toolDirectory + " failed; run it there by hand to see why");
            }
        } catch (IOException e) {
            throw new LocalAwsException("dynalite is not installed and npm cannot be run: install Node.js 20+ and run"
                    + " 'npm ci' in " + toolDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalAwsException("interrupted while installing dynalite", e);
        }
        if (!Files.isRegularFile(cli)) {
            throw new LocalAwsException("'npm ci' in " + toolDirectory + " did not install " + cli);
        }
        return cli;
    }

    static String node() {
        return System.getProperty("os.name").startsWith("Windows") ? "node.exe" : "node";
    }

    private static String npm() {
        return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
    }
}
