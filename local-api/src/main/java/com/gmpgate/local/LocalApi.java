package com.gmpgate.local;

import com.gmpgate.auth.api.AuthApiHandler;
import com.gmpgate.local.engines.LocalEngines;
import com.gmpgate.local.events.LocalEventBridge;
import com.gmpgate.local.gateway.RestApiGateway;
import com.gmpgate.local.http.LocalHttpServer;
import com.gmpgate.local.http.SecurityHeaders;
import com.gmpgate.local.http.StaticSite;
import com.gmpgate.local.lambda.LocalLambda;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.live.LocalWebSocketApi;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.local.sam.LocalSecrets;
import com.gmpgate.local.sam.SamApplication;
import com.gmpgate.local.seed.DemoData;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole system in one JVM, driven by {@code template.yaml} (DESIGN.md section 6): every {@code Api} event of
 * every function served in-process behind an emulated API Gateway, the static apps on the same origin.
 */
public final class LocalApi implements AutoCloseable {

    /** The template parameter naming the apps' origin(s), which the images bucket's CORS rule allows. */
    static final String APP_ORIGIN = "AppOrigin";

    private final LocalApiOptions options;
    private final SamApplication application;
    private final LocalEngines engines;
    private final LocalLambda lambda;
    private final LocalEventBridge events;
    private final LocalHttpServer server;
    private final LocalLog log;
    private final java.util.Optional<LocalWebSocketApi> live;

    private LocalApi(LocalApiOptions options, SamApplication application, LocalEngines engines, LocalLambda lambda,
            LocalEventBridge events, LocalHttpServer server, LocalLog log, java.util.Optional<LocalWebSocketApi> live) {
        this.options = options;
        this.application = application;
        this.engines = engines;
        this.lambda = lambda;
        this.events = events;
        this.server = server;
        this.log = log;
        this.live = live;
    }

    public static LocalApi start(LocalApiOptions options, LocalLog log) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            int maxBodyBytes = RestApiGateway.Settings.standard(Set.of()).maxBodyBytes();
            LocalHttpServer server = LocalHttpServer.bind(new InetSocketAddress(options.bindAddress(),
                    options.port()), maxBodyBytes, log);
            started.add(server);
            prepareDataDir(options, log);
            LocalResources names = LocalResources.standard();
            Map<String, String> parameters = new LinkedHashMap<>();
            CfnTemplate template = CfnTemplate.load(options.template());
            LocalApiOptions.LOCAL_PARAMETERS.forEach((name, value) -> {
                if (template.parameters().containsKey(name)) {
                    parameters.put(name, value);
                }
            });
            if (template.parameters().containsKey(APP_ORIGIN)) {
                // the apps are served from this very server: only its own origin may PUT photos to the bucket
                parameters.put(APP_ORIGIN, "http://localhost:" + server.port() + ",http://127.0.0.1:" + server.port());
            }
            parameters.putAll(options.parameterOverrides());
            SamApplication application = SamApplication.of(template, parameters, names, "gmp-hygiene-gate-local",
                    new LocalSecrets(template, options.dataDir()));

            LocalEngines engines = LocalEngines.start(options.repositoryRoot(), options.template(), application, names,
                    options.dataDir(), log);
            started.add(engines);

            Map<String, String> overrides = new LinkedHashMap<>(engines.environment());
            overrides.put("GMP_DATA_DIR", options.dataDir().toString());
            // the supervisors' alerts link to this admin app, not to the template's deployed one
            overrides.put("GMP_ADMIN_APP_URL", baseUri(options, server.port()).resolve("admin/").toString());
            // the template's WebSocket API is served on a port of its own (the JDK's HTTP server cannot upgrade)
            InetSocketAddress liveAddress = new InetSocketAddress(options.bindAddress(), freePort(options));
            overrides.put("GMP_LIVE_URL", "ws://" + baseUri(options, server.port()).getHost() + ":"
                    + liveAddress.getPort() + "/");
            // Lambda hands every function its role's credentials; locally the engines' fixed pair.
            overrides.put("AWS_ACCESS_KEY_ID", "local");
            overrides.put("AWS_SECRET_ACCESS_KEY", "local-secret");

            LocalLambda lambda = new LocalLambda(application, overrides, LocalApi.class.getClassLoader(), log);
            started.add(lambda);
            LocalEventBridge events = LocalEventBridge.start(application, lambda, log);
            started.add(events);
            java.util.Optional<LocalWebSocketApi> live = LocalWebSocketApi.start(template, lambda, log, liveAddress);
            live.ifPresent(started::add);
            seedDemoData(options, application, lambda, log);
            RestApiGateway.Settings settings = new RestApiGateway.Settings(Set.of(options.apiKey()),
                    options.integrationTimeout(), maxBodyBytes);
            RestApiGateway gateway = new RestApiGateway(application, names, lambda, log, settings, Clock.systemUTC());
            List<StaticSite> sites = new ArrayList<>();
            options.staticApps().forEach((mount, dist) -> sites.add(new StaticSite(mount, dist,
                    mount.equals("/") ? "worker PWA" : "admin SPA",
                    "Build it with ./run-local.sh (or npm ci && npm run build in " + dist.getParent() + ").")));
            String imagesOrigin = engines.s3Endpoint().map(uri -> uri.getScheme() + "://" + uri.getAuthority())
                    .orElse("");
            Path headersFile = options.repositoryRoot().resolve(SecurityHeaders.FILE);
            SecurityHeaders headers = Files.isRegularFile(headersFile)
                    ? SecurityHeaders.load(headersFile, Map.of(SecurityHeaders.IMAGES_ORIGIN, imagesOrigin,
                            SecurityHeaders.LIVE_ORIGIN, live.isPresent() ? overrides.get("GMP_LIVE_URL")
                                    .replaceAll("/+$", "") : ""))
                    : SecurityHeaders.none();
            server.serve(new LocalHttpServer.Api() {
                @Override
                public boolean serves(String rawPath) {
                    return gateway.serves(rawPath);
                }

                @Override
                public com.gmpgate.local.gateway.GatewayResponse handle(
                        com.gmpgate.local.gateway.GatewayRequest request) {
                    return gateway.handle(request);
                }
            }, sites, headers);
            return new LocalApi(options, application, engines, lambda, events, server, log, live);
        } catch (IOException e) {
            java.util.Collections.reverse(started);
            closeAll(started);
            throw new UncheckedIOException("local-api could not start: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            java.util.Collections.reverse(started);
            closeAll(started);
            throw e;
        }
    }

    private static int freePort(LocalApiOptions options) throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName(options.bindAddress()))) {
            return socket.getLocalPort();
        }
    }

    /** The demo accounts, once per data directory, if the template has the auth function and its user table. */
    private static void seedDemoData(LocalApiOptions options, SamApplication application, LocalLambda lambda,
            LocalLog log) {
        application.functions().values().stream()
                .filter(f -> f.handlerClass().equals(AuthApiHandler.class.getName()))
                .findFirst()
                .ifPresent(auth -> DemoData.seedIfNew(options.dataDir(), lambda.environment(auth.logicalId()),
                        options.adminPassword(), log));
    }

    private static void prepareDataDir(LocalApiOptions options, LocalLog log) throws IOException {
        Path dataDir = options.dataDir();
        if (options.reset() && Files.exists(dataDir)) {
            log.info("--reset: deleting " + dataDir);
            deleteTree(dataDir);
        }
        Files.createDirectories(dataDir);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return baseUri(options, port());
    }

    private static URI baseUri(LocalApiOptions options, int port) {
        String host = options.bindAddress().equals("0.0.0.0") ? "localhost" : options.bindAddress();
        return URI.create("http://" + (host.equals("127.0.0.1") ? "localhost" : host) + ":" + port + "/");
    }

    public SamApplication application() {
        return application;
    }

    public LocalEngines engines() {
        return engines;
    }

    public LocalLambda lambda() {
        return lambda;
    }

    public LocalApiOptions options() {
        return options;
    }

    /** Stops everything it started: first the door (no new requests), then the functions, then the engines. */
    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(List.of(server));
        live.ifPresent(all::add);
        all.addAll(List.of(events, lambda, engines));
        closeAll(all);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("local-api: stopping " + resource + " failed: " + e);
            }
        }
    }

    public static void main(String[] args) {
        LocalLog log = LocalLog.stdout();
        LocalApiOptions options;
        // --engines-only: dynalite, S3Proxy and moto_server for `sam local start-api`, no HTTP API (EnginesOnly)
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean enginesOnly = arguments.remove("--engines-only");
        try {
            options = LocalApiOptions.from(RepositoryRoot.find(Path.of("")), System.getenv(), arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("local-api: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (enginesOnly) {
            EnginesOnly.main(options, log);
            return;
        }
        long start = System.nanoTime();
        LocalApi api;
        try {
            api = start(options, log);
        } catch (RuntimeException e) {
            log.error("could not start: " + e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            api.close();
        }, "local-api-shutdown"));
        log.info("up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Banner.print(api, System.out);
    }
}
