package com.gmpgate.local.http;

import com.gmpgate.local.gateway.GatewayRequest;
import com.gmpgate.local.gateway.GatewayResponse;
import com.gmpgate.local.lambda.LocalLog;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One origin, as CloudFront gives it in AWS: the API for the paths its routes start with ({@code /v1/}), the
 * static apps for the rest. One log line per request: method, path, status, milliseconds.
 *
 * <p><b>Stalled clients cannot starve others.</b> The server is Jetty (the one S3Proxy already runs on): request
 * headers are parsed as bytes arrive and API bodies are read asynchronously, so a client that stops sending holds
 * a connection but no thread; {@link Limits#readTimeout()} (Jetty's idle timeout) closes it once it has sent
 * nothing for that long, in its headers or its body, and a body must keep coming at
 * {@link Limits#minBodyBytesPerSecond()}. Threads, queued work and connections are bounded. The JDK's own
 * server, used before, read each request on a pool thread: 40 connections stalled mid-body kept every other
 * request waiting until they gave up.
 */
public final class LocalHttpServer implements AutoCloseable {

    private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

    /** What serves the API paths: the emulated API Gateway. */
    public interface Api {
        boolean serves(String rawPath);

        GatewayResponse handle(GatewayRequest request);
    }

    /**
     * @param readTimeout  a connection that sends nothing for this long (in its headers, its body, or between
     *                     requests) is closed; a stalled body is answered 408 first
     * @param threads      the most requests handled at once (a Lambda call can take up to 29 s)
     * @param queuedJobs   work waiting for a thread beyond that; past it a connection is refused
     * @param connections  open connections at most; beyond, new ones wait in the accept queue
     */
    public record Limits(Duration readTimeout, int threads, int queuedJobs, int connections,
            long minBodyBytesPerSecond) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 64, 1024, 512, 512);
    }

    private final Server server;
    private final ServerConnector connector;
    private final int maxBodyBytes;
    private final LocalLog log;
    private SecurityHeaders securityHeaders = SecurityHeaders.none();
    private Api gateway;
    private List<StaticSite> sites;

    private LocalHttpServer(Server server, ServerConnector connector, int maxBodyBytes, LocalLog log) {
        this.server = server;
        this.connector = connector;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    /**
     * Takes the port now, so a port in use fails the start at once rather than after the engines are up.
     *
     * @param address port 0 for any free port
     */
    public static LocalHttpServer bind(InetSocketAddress address, int maxBodyBytes, LocalLog log) throws IOException {
        return bind(address, maxBodyBytes, log, Limits.DEFAULT);
    }

    public static LocalHttpServer bind(InetSocketAddress address, int maxBodyBytes, LocalLog log, Limits limits)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), Math.min(8, limits.threads()), 30_000,
                new ArrayBlockingQueue<>(limits.queuedJobs()));
        threads.setName("http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // API Gateway dates every reply, and the apps set their clocks by it (rotating codes follow the server's step)
        config.setSendDateHeader(true);
        config.setRequestHeaderSize(16 * 1024);
        config.setMinRequestDataRate(limits.minBodyBytesPerSecond());
        // API Gateway passes any path on (an id with %2F is the function's to refuse), so Jetty must not refuse it
        config.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.readTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        // Jetty's default, said out loud: the JDK's server, used before, left Nagle on, and a reply written as headers
        // then body waited for the client's delayed ACK: a 40-odd ms floor under every request on loopback
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new ConnectionLimit(limits.connections(), server));
        server.setStopTimeout(0);
        connector.open();
        return new LocalHttpServer(server, connector, maxBodyBytes, log);
    }

    /** Starts answering: the API for its paths, the static apps for the rest, each with its security headers. */
    public void serve(Api api, List<StaticSite> apps, SecurityHeaders headers) {
        this.securityHeaders = headers;
        this.gateway = api;
        List<StaticSite> longestMountFirst = new ArrayList<>(apps);
        longestMountFirst.sort(Comparator.comparingInt((StaticSite s) -> s.mount().length()).reversed());
        this.sites = List.copyOf(longestMountFirst);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) {
                base.setHandled(true);
                exchange(request, response);
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    private void exchange(HttpServletRequest request, HttpServletResponse response) {
        long start = System.nanoTime();
        String method = request.getMethod();
        String rawPath = request.getRequestURI();
        if (!gateway.serves(rawPath)) {
            GatewayResponse answer = null;
            try {
                answer = securityHeaders.forApp(rawPath, staticFile(method, rawPath,
                        request.getHeader("Accept-Encoding")));
                write(response, answer, method.equals("HEAD"));
            } catch (IOException | RuntimeException e) {
                fail(response, method, rawPath, e);
            } finally {
                log.request(method, rawPath, answer == null ? 500 : answer.status(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the read timeout bounds the body, the gateway its own call
        try {
            ServletInputStream in = request.getInputStream();
            in.setReadListener(new BodyReader(request, response, async, in, start));
        } catch (IOException | RuntimeException e) {
            fail(response, method, rawPath, e);
            async.complete();
        }
    }

    /**
     * Reads an API request's body as it arrives, without holding a thread between arrivals; then hands the request
     * to the gateway (on a pool thread, which the Lambda call may keep for up to its timeout).
     */
    private final class BodyReader implements ReadListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final long start;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[64 * 1024];
        private boolean tooLarge;
        private long total;

        BodyReader(HttpServletRequest request, HttpServletResponse response, AsyncContext async, ServletInputStream in,
                long start) {
            this.request = request;
            this.response = response;
            this.async = async;
            this.in = in;
            this.start = start;
            // A client still sending when the answer comes sees a reset connection, not the 413: read the rest
            // (up to a bound), as API Gateway's front door does.
            this.tooLarge = request.getContentLengthLong() > maxBodyBytes;
        }

        @Override
        public void onDataAvailable() throws IOException {
            int read;
            while (in.isReady() && (read = in.read(buffer)) >= 0) {
                total += read;
                if (!tooLarge) {
                    body.write(buffer, 0, read);
                    tooLarge = body.size() > maxBodyBytes;
                }
                if (total > DRAIN_LIMIT_BYTES) {
                    respond();
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            respond();
        }

        @Override
        public void onError(Throwable failure) {
            String method = request.getMethod();
            String rawPath = request.getRequestURI();
            try {
                if (!response.isCommitted()) {
                    write(response, text(408, "Request timeout: the body did not arrive in time"), false);
                }
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone
            } finally {
                log.request(method, rawPath, 408, (System.nanoTime() - start) / 1_000_000);
                async.complete();
            }
        }

        private boolean responded;

        private void respond() {
            if (responded) {
                return;
            }
            responded = true;
            String method = request.getMethod();
            String rawPath = request.getRequestURI();
            int status = 500;
            try {
                GatewayResponse answer = gateway.handle(new GatewayRequest(method, rawPath, request.getQueryString(),
                        headers(request), tooLarge ? new byte[0] : body.toByteArray(), tooLarge,
                        request.getRemoteAddr()));
                answer = securityHeaders.forApi(answer);
                status = answer.status();
                write(response, answer, method.equals("HEAD"));
            } catch (IOException | RuntimeException e) {
                fail(response, method, rawPath, e);
            } finally {
                log.request(method, rawPath, status, (System.nanoTime() - start) / 1_000_000);
                async.complete();
            }
        }
    }

    private void fail(HttpServletResponse response, String method, String rawPath, Exception e) {
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            log.error(method + " " + rawPath + ": " + e.getMessage(), null);
            return;
        }
        log.error(method + " " + rawPath + " failed in local-api itself", e);
        try {
            if (!response.isCommitted()) {
                response.reset();
                write(response, text(500, "local-api failed; see its log"), false);
            }
        } catch (IOException | RuntimeException ignored) {
            // the headers may have gone out already; the client sees a cut connection
        }
    }

    private static List<Map.Entry<String, String>> headers(HttpServletRequest request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.add(Map.entry(name, value));
            }
        }
        return headers;
    }

    private GatewayResponse staticFile(String method, String rawPath, String acceptEncoding) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new GatewayResponse(405, List.of(Map.entry("Allow", "GET, HEAD"),
                    Map.entry("Content-Type", "text/plain")), "Method not allowed".getBytes(StandardCharsets.UTF_8));
        }
        for (StaticSite site : sites) {
            if (site.serves(rawPath)) {
                return site.get(rawPath, method.equals("HEAD"), acceptEncoding);
            }
        }
        return text(404, "Not found");
    }

    private static GatewayResponse text(int status, String text) {
        return new GatewayResponse(status, List.of(Map.entry("Content-Type", "text/plain; charset=utf-8")),
                text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpServletResponse response, GatewayResponse answer, boolean head) throws IOException {
        response.setStatus(answer.status());
        String headContentLength = null;
        // the fields as the function or the file set them: the servlet API would rewrite a Content-Type
        HttpFields.Mutable fields = ((org.eclipse.jetty.server.Response) response).getHttpFields();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (header.getKey().equalsIgnoreCase("Content-Length")) {
                headContentLength = header.getValue();
            } else {
                fields.add(header.getKey(), header.getValue());
            }
        }
        byte[] body = answer.body();
        boolean noBody = body.length == 0 || answer.status() == 204 || answer.status() == 304;
        if (head && headContentLength != null) {
            response.setHeader("Content-Length", headContentLength); // what a GET would have sent
        }
        if (head || noBody) {
            response.flushBuffer();
            return;
        }
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.error("stopping the HTTP server: " + e.getMessage(), null);
        }
    }
}
