package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code local-api/target/local-api.jar} as ./run-local.sh runs it: a plain {@code java -jar} from the
 * repository root comes up, prints where it is and how to log in, serves the API, and a stop signal (what Ctrl-C
 * sends) takes dynalite down with it.
 */
class RunnableJarIT {

    private static final Pattern WORKER_APP = Pattern.compile("worker app\\s+(http://\\S+/)");

    @TempDir
    Path dataDir;

    @Test
    void javaDashJar_startsEverything_andAStopSignalStopsEverything() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "local-api/target/local-api.jar", "--port", "0", "--data-dir", dataDir.toString())
                .directory(RepoFiles.root().toFile())
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<URI> base = new CompletableFuture<>();
        AtomicReference<URI> workerApp = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher matcher = WORKER_APP.matcher(line);
                    if (matcher.find()) {
                        workerApp.set(URI.create(matcher.group(1)));
                    }
                    // the banner is several lines: assert on it only once its last line is out
                    if (line.contains("Ctrl-C stops everything") && workerApp.get() != null) {
                        base.complete(workerApp.get());
                    }
                }
            } catch (IOException e) {
                base.completeExceptionally(e);
            }
            base.completeExceptionally(new IllegalStateException("local-api ended without its banner:\n" + output));
        }, "local-api-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI uri = base.get(120, TimeUnit.SECONDS);
            String printed;
            synchronized (output) {
                printed = output.toString();
            }
            assertThat(printed).contains("x-api-key: local-dev-key").contains("admin    / admin1234!")
                    .contains("worker1  / worker1234!").contains("worker2").contains(uri + "admin/");

            Http http = new Http(uri);
            assertThat(http.send(http.request("/v1/auth/login").header("x-api-key", "local-dev-key")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"loginId\":\"admin\",\"password\":\"admin1234!\"}"))).statusCode()).isEqualTo(200);

            long dynalitePid = Long.parseLong(Files.readString(dataDir.resolve("dynalite.pid")).strip());
            ProcessHandle dynalite = ProcessHandle.of(dynalitePid).orElseThrow();
            assertThat(dynalite.isAlive()).isTrue();

            process.destroy(); // SIGTERM: the JVM runs its shutdown hook, as on Ctrl-C (SIGINT)
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("local-api stopped").isTrue();
            assertThat(dynalite.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("dynalite stopped").isFalse();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
