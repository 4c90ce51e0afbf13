package com.gmpgate.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * moto's AWS wire-protocol emulator ({@code moto_server}: SNS, SQS, API Gateway Management, …) on a free port, for
 * adapter tests of services that neither dynalite nor S3Proxy emulate. Started by the test and stopped by it
 * ({@link #close}). Where python3 has no moto (a developer machine without it) the test is skipped with a message
 * saying what to install; CI installs it ({@code pip install "moto[server]"}).
 * <pre>{@code
 * static MotoServer moto;
 * @BeforeAll static void start() { moto = MotoServer.startOrSkip(); }
 * @AfterAll static void stop() { moto.close(); }
 * }</pre>
 */
public final class MotoServer implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "testing";
    public static final String SECRET_ACCESS_KEY = "testing";
    /** moto's default account id: ARNs it makes name it. */
    public static final String ACCOUNT_ID = "123456789012";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts moto_server, or skips the calling test (JUnit assumption) when python3 or moto is missing. */
    public static MotoServer startOrSkip() {
        String python = System.getenv().getOrDefault("GMP_PYTHON", "python3");
        Assumptions.assumeTrue(hasMoto(python), "skipped: " + python + " with moto's server is needed for this"
                + " test (pip install \"moto[server]\"; set GMP_PYTHON to another interpreter)");
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-server-", ".log");
            Process process = new ProcessBuilder(python, "-m", "moto.server", "-H", "127.0.0.1", "-p",
                    Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port));
            server.awaitListening(log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start moto_server", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    private static boolean hasMoto(String python) {
        try {
            Process check = new ProcessBuilder(python, "-c", "import moto.server, flask")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitListening(Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited: " + String.join("\n",
                        List.of(Files.readString(log))));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("moto_server did not listen within " + START_TIMEOUT);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
