package com.gmpgate.bench.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The Lambda Runtime API (2018-06-01), as much of it as one cold start needs: the first {@code next} is the end
 * of init and gets the event; the function's {@code response} (or {@code error}) is the end of the first invoke;
 * the second {@code next} is held until the sample is over (the process is killed while it waits, as Lambda
 * freezes it). One sample at a time.
 */
final class RuntimeApi implements AutoCloseable {

    /** A proxy reply's status (inside its body string the quotes are escaped, so only the reply's own matches). */
    private static final java.util.regex.Pattern STATUS =
            java.util.regex.Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    /** What one sample saw, in System.nanoTime(). */
    static final class Sample {
        final byte[] event;
        final String requestId;
        final CountDownLatch invoked = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        volatile long initDone;
        volatile long firstDone;
        volatile boolean failed;
        volatile String error = "";
        /** The API Gateway proxy reply's statusCode, 0 for other replies (the authorizer's policy). */
        volatile int status;
        volatile long peakRssKb;
        LongSupplier pid = () -> 0;

        Sample(byte[] event, String requestId) {
            this.event = event;
            this.requestId = requestId;
        }
    }

    private final HttpServer server;
    private volatile Sample current;

    RuntimeApi() throws IOException {
        // the JDK server leaves Nagle on: a reply in two writes would wait for the client's delayed ACK (≈ 40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "runtime-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/2018-06-01/runtime/", this::handle);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void begin(Sample sample) {
        current = sample;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        Sample sample = current;
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.endsWith("/invocation/next")) {
            if (sample.initDone == 0) {
                sample.initDone = now;
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", sample.requestId);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 30_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:000000000000:function:coldstart");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 200, sample.event);
                return;
            }
            // the environment is idle again: what it holds now is its peak, then the sample ends
            sample.peakRssKb = peakRssKb(sample.pid.getAsLong());
            sample.done.countDown();
            try {
                sample.invoked.await(1, TimeUnit.MINUTES);
                Thread.sleep(60_000); // held: the process is killed meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (path.contains("/invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
            sample.firstDone = now;
            String reply = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher status = STATUS.matcher(reply);
            if (status.find()) {
                sample.status = Integer.parseInt(status.group(1));
            }
            // a handler maps what it did not expect to a 500 reply, not to an error: that is a failed start too
            if (path.endsWith("/error") || sample.status >= 500) {
                sample.failed = true;
                sample.error = reply;
            }
            sample.invoked.countDown();
            send(exchange, 202, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (path.endsWith("/init/error")) {
            sample.failed = true;
            sample.error = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            sample.initDone = now;
            sample.firstDone = now;
            sample.invoked.countDown();
            sample.done.countDown();
            send(exchange, 202, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 404, new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static long peakRssKb(long pid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", Long.toString(pid),
                    "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
