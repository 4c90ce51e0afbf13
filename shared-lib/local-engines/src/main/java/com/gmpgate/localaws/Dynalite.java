package com.gmpgate.localaws;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A dynalite process (the npm package pinned in {@code tools/dynalite}), listening on loopback. In memory
 * unless given a data directory (LevelDB files), in which case {@link #stop()} and {@link #start()} keep
 * the data: that is how a test takes the database away in the middle of a call and brings it back.
 */
public final class Dynalite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path repositoryRoot;
    private final Optional<Path> dataDirectory;
    private final int port;
    private final Path logFile;
    private Process process;

    private Dynalite(Path repositoryRoot, Optional<Path> dataDirectory, int port) {
        this.repositoryRoot = repositoryRoot;
        this.dataDirectory = dataDirectory;
        this.port = port;
        try {
            this.logFile = Files.createTempFile("dynalite-" + port + "-", ".log");
            logFile.toFile().deleteOnExit(); // read only when it fails to start: not worth keeping after the run
        } catch (IOException e) {
            throw new LocalAwsException("cannot create dynalite's log file", e);
        }
    }

    /** Starts dynalite on a free port; in memory when {@code dataDirectory} is empty. */
    public static Dynalite start(Path repositoryRoot, Optional<Path> dataDirectory) {
        return start(repositoryRoot, dataDirectory, FreePorts.pick());
    }

    public static Dynalite start(Path repositoryRoot, Optional<Path> dataDirectory, int port) {
        Dynalite dynalite = new Dynalite(repositoryRoot, dataDirectory, port);
        dynalite.start();
        return dynalite;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** The node process while it runs (local-api records it, to clean up after a JVM that was killed). */
    public synchronized Optional<ProcessHandle> process() {
        return process == null ? Optional.empty() : Optional.of(process.toHandle());
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the process again on the same port and data directory (after {@link #stop()}). */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Path cli = DynaliteInstall.ensureInstalled(repositoryRoot);
        List<String> command = new ArrayList<>(List.of(DynaliteInstall.node(), cli.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                // tables still go through CREATING (callers wait for ACTIVE), just briefly
                "--createTableMs", "20", "--deleteTableMs", "20", "--updateTableMs", "20"));
        dataDirectory.ifPresent(dir -> {
            command.add("--path");
            command.add(dir.toAbsolutePath().toString());
        });
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new LocalAwsException("cannot run " + command + ": is Node.js (20+) installed and on the PATH?", e);
        }
        if (!FreePorts.awaitAccepting(port, START_TIMEOUT, process)) {
            String log = readLog();
            stop();
            throw new LocalAwsException("dynalite did not start listening on port " + port + " within "
                    + START_TIMEOUT.toSeconds() + " s. Its output:\n" + log);
        }
    }

    /** Stops the process; connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        // the port is closed once the process is gone; wait so a caller never races a dying listener
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (FreePorts.accepting(port) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private String readLog() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
