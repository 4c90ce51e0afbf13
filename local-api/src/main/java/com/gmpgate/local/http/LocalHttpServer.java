package com.gmpgate.local.http;

import com.gmpgate.local.gateway.GatewayRequest;
import com.gmpgate.local.gateway.GatewayResponse;
import com.gmpgate.local.gateway.RestApiGateway;
import com.gmpgate.local.lambda.LocalLog;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One origin, as CloudFront gives it in AWS: the API for the paths its routes start with ({@code /v1/}), the
 * static apps for the rest. One log line per request: method, path, status, milliseconds.
 */
public final class LocalHttpServer implements AutoCloseable {

    private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final int maxBodyBytes;
    private final LocalLog log;
    private RestApiGateway gateway;
    private List<StaticSite> sites;

    private LocalHttpServer(HttpServer server, ExecutorService executor, int maxBodyBytes, LocalLog log) {
        this.server = server;
        this.executor = executor;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    /**
     * Takes the port now, so a port in use fails the start at once rather than after the engines are up.
     *
     * @param address port 0 for any free port
     */
    public static LocalHttpServer bind(InetSocketAddress address, int maxBodyBytes, LocalLog log) throws IOException {
        HttpServer server = HttpServer.create(address, 128);
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(32, 32, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "http-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        return new LocalHttpServer(server, executor, maxBodyBytes, log);
    }

    /** Starts answering: the API for its paths, the static apps for the rest. */
    public void serve(RestApiGateway api, List<StaticSite> apps) {
        this.gateway = api;
        List<StaticSite> longestMountFirst = new ArrayList<>(apps);
        longestMountFirst.sort(Comparator.comparingInt((StaticSite s) -> s.mount().length()).reversed());
        this.sites = List.copyOf(longestMountFirst);
        server.createContext("/", this::exchange);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        int status = 500;
        try (exchange) {
            GatewayResponse response;
            if (gateway.serves(rawPath)) {
                response = gateway.handle(read(exchange));
            } else {
                response = staticFile(method, rawPath);
            }
            status = response.status();
            write(exchange, response, method.equals("HEAD"));
        } catch (IOException | UncheckedIOException e) {
            log.error(method + " " + rawPath + ": " + e.getMessage(), null);
        } catch (RuntimeException e) {
            log.error(method + " " + rawPath + " failed in local-api itself", e);
            try {
                write(exchange, new GatewayResponse(500, List.of(Map.entry("Content-Type", "text/plain")),
                        "local-api failed; see its log".getBytes(StandardCharsets.UTF_8)), false);
            } catch (IOException | RuntimeException ignored) {
                // the headers may have gone out already; the client sees a cut connection
            }
        } finally {
            log.request(method, rawPath, status, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private GatewayResponse staticFile(String method, String rawPath) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new GatewayResponse(405, List.of(Map.entry("Allow", "GET, HEAD"),
                    Map.entry("Content-Type", "text/plain")), "Method not allowed".getBytes(StandardCharsets.UTF_8));
        }
        for (StaticSite site : sites) {
            if (site.serves(rawPath)) {
                return site.get(rawPath, method.equals("HEAD"));
            }
        }
        return new GatewayResponse(404, List.of(Map.entry("Content-Type", "text/plain")),
                "Not found".getBytes(StandardCharsets.UTF_8));
    }

    private GatewayRequest read(HttpExchange exchange) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared = declaredLength == null ? -1 : parseLength(declaredLength);
        byte[] body = new byte[0];
        boolean tooLarge = declared > maxBodyBytes;
        if (!tooLarge) {
            body = readUpTo(exchange.getRequestBody(), maxBodyBytes + 1);
            tooLarge = body.length > maxBodyBytes;
        }
        if (tooLarge) {
            body = new byte[0];
            // A client still sending when the answer comes sees a reset connection, not the 413: read the rest
            // (up to a bound), as API Gateway's front door does.
            drain(exchange.getRequestBody());
        }
        return new GatewayRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body, tooLarge,
                exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < DRAIN_LIMIT_BYTES && (read = in.read(buffer)) > 0) {
            total += read;
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }

    private static void write(HttpExchange exchange, GatewayResponse response, boolean head) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        for (Map.Entry<String, String> header : response.headers()) {
            if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        byte[] body = response.body();
        boolean noBody = head || body.length == 0 || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
