package com.gmpgate.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Constant-rate load on local-api: {@code keys} (GET /v1/qr/keys), {@code verify} (POST /v1/qr/verify, load workers'
 * real passes, IN and OUT in turn), {@code submit} (POST /v1/checklist/submissions, healthy screenings, a new client
 * id each), {@code login} (POST /v1/auth/login) or {@code mixed} (all four: verify 60 %, submit 15 %, keys 15 %,
 * login 10 %). Each run starts with a floor at the same rate: a static file from the same server (Jetty, no gateway,
 * no function), so the figures can be read as "the API adds this much".
 *
 * <pre>
 * Load --start [--scenario keys|verify|submit|login|mixed] [--rate 200] [--duration 30s] [--warmup 10s]
 *      [--floor 10s] [--connections 64] [--workers 20] [--interval 5s]
 * Load --url http://127.0.0.1:3000 --pid 1234 …   (a local-api already running; --pid for its RSS)
 * </pre>
 * {@code --start} runs local-api/target/local-api.jar with the JVM options of local-api/jvm.options, on a fresh data
 * dir and a free port, and stops it at the end. One line per result:
 * {@code load <scenario> rate=… p50_ms=… p99_ms=… max_ms=… errors=… floor_p50_ms=… api_rss_mb_max=…}.
 */
public final class Load {

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String scenario = options.getOrDefault("scenario", "keys");
        double rate = Double.parseDouble(options.getOrDefault("rate", "200"));
        Duration duration = duration(options.getOrDefault("duration", "30s"));
        Duration warmup = duration(options.getOrDefault("warmup", "10s"));
        Duration floor = duration(options.getOrDefault("floor", "10s"));
        Duration interval = duration(options.getOrDefault("interval", "5s"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
        int workerCount = Integer.parseInt(options.getOrDefault("workers", "20"));
        String apiKey = options.getOrDefault("api-key", "local-dev-key");
        PrintStream out = System.out;

        Process started = null;
        URI url;
        long pid;
        if (options.containsKey("start")) {
            int port = freePort();
            started = startLocalApi(port, apiKey, out);
            url = URI.create("http://127.0.0.1:" + port);
            pid = started.pid();
        } else {
            url = URI.create(options.getOrDefault("url", "http://127.0.0.1:3000"));
            pid = Long.parseLong(options.getOrDefault("pid", "0"));
        }
        try {
            InetSocketAddress server = new InetSocketAddress(url.getHost(), url.getPort());
            if (started != null) {
                waitUntilUp(server, apiKey, started);
            }
            Scenario load = Scenario.prepare(scenario, server, apiKey, workerCount, out);
            OpenLoop loop = new OpenLoop(server, connections, true, new ProcessWatch(pid), out, interval);
            if (!warmup.isZero()) {
                out.printf(Locale.ROOT, "warm-up: %s for %ds%n", scenario, warmup.toSeconds());
                loop.run("warmup", rate, warmup, load.requests(), load::ok);
            }
            OpenLoop.Result floorResult = null;
            if (!floor.isZero()) {
                out.printf(Locale.ROOT, "floor: GET /favicon.svg (static, same server) at %.0f/s for %ds%n", rate,
                        floor.toSeconds());
                RawHttp.Request file = RawHttp.Request.get("/favicon.svg", "");
                // any status: an unbuilt app answers 503 "not built", which is as good a floor as the file
                floorResult = loop.run("floor", rate, floor, () -> file, status -> true);
            }
            out.printf(Locale.ROOT, "measure: %s at %.0f/s for %ds%n", scenario, rate, duration.toSeconds());
            OpenLoop.Result result = loop.run(scenario, rate, duration, load.requests(), load::ok);
            if (floorResult != null) {
                print(out, "floor", floorResult, null);
            }
            print(out, scenario, result, floorResult);
        } finally {
            if (started != null) {
                started.destroy();
                started.waitFor();
            }
        }
    }

    private static void print(PrintStream out, String name, OpenLoop.Result r, OpenLoop.Result floor) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "load %s rate=%.0f achieved=%.1f sent=%d ok=%d errors=%d dropped=%d p50_ms=%.2f p90_ms=%.2f "
                        + "p99_ms=%.2f max_ms=%.1f api_rss_mb_start=%d api_rss_mb_max=%d api_rss_mb_end=%d "
                        + "api_threads_max=%d engines_rss_mb_max=%d",
                name, r.targetRate(), r.achievedRate(), r.sent(), r.ok(), r.errors(), r.dropped(),
                OpenLoop.ms(r.p50Us()), OpenLoop.ms(r.p90Us()), OpenLoop.ms(r.p99Us()), OpenLoop.ms(r.maxUs()),
                r.apiRssStartKb() / 1024, r.apiRssMaxKb() / 1024, r.apiRssEndKb() / 1024, r.apiThreadsMax(),
                r.enginesRssMaxKb() / 1024));
        if (floor != null) {
            line.append(String.format(Locale.ROOT, " floor_p50_ms=%.2f floor_p99_ms=%.2f",
                    OpenLoop.ms(floor.p50Us()), OpenLoop.ms(floor.p99Us())));
        }
        out.println(line);
        r.errorsByKind().forEach((kind, count) -> out.printf(Locale.ROOT, "  error %s: %d%n", kind, count));
    }

    /** The requests of one scenario, and which statuses count as answered. */
    interface Scenario {
        Supplier<RawHttp.Request> requests();

        boolean ok(int status);

        static Scenario prepare(String name, InetSocketAddress server, String apiKey, int workers, PrintStream out)
                throws IOException {
            try (LocalApiClient api = new LocalApiClient(server, apiKey)) {
                if (name.equals("keys")) {
                    String headers = api.apiKeyHeader();
                    return of(() -> RawHttp.Request.get("/v1/qr/keys", headers));
                }
                out.printf(Locale.ROOT, "setup: admin login, %d load workers, their tokens and passes%n", workers);
                String admin = api.login("admin", "admin1234!");
                List<String> loginIds = api.workers(admin, workers);
                List<String> tokens = new ArrayList<>();
                for (String loginId : loginIds) {
                    tokens.add(api.login(loginId, LocalApiClient.WORKER_PASSWORD));
                }
                String healthy = api.healthyBody(tokens.get(0));
                List<String> passes = new ArrayList<>();
                if (name.equals("verify") || name.equals("mixed")) {
                    for (String token : tokens) {
                        passes.add(api.pass(token, healthy));
                    }
                }
                AtomicLong n = new AtomicLong();
                String keysHeaders = api.apiKeyHeader();
                String adminHeaders = api.bearer(admin);
                List<String> workerHeaders = tokens.stream().map(api::bearer).toList();
                Supplier<RawHttp.Request> keys = () -> RawHttp.Request.get("/v1/qr/keys", keysHeaders);
                Supplier<RawHttp.Request> verify = () -> {
                    long i = n.getAndIncrement();
                    int worker = (int) (i % passes.size());
                    // each worker's scans alternate IN, OUT: anti-passback lets every one through
                    String direction = (i / passes.size()) % 2 == 0 ? "IN" : "OUT";
                    ObjectNode body = LocalApiClient.JSON.createObjectNode().put("token", passes.get(worker))
                            .put("gateId", "GATE-1").put("direction", direction).put("scanId", "load-scan-" + i);
                    return RawHttp.Request.post("/v1/qr/verify", adminHeaders, body.toString());
                };
                Supplier<RawHttp.Request> submit = () -> {
                    long i = n.getAndIncrement();
                    return RawHttp.Request.post("/v1/checklist/submissions",
                            workerHeaders.get((int) (i % workerHeaders.size())),
                            healthy.replace("CLIENT-ID", "load-" + System.nanoTime() + "-" + i));
                };
                Supplier<RawHttp.Request> login = () -> {
                    long i = n.getAndIncrement();
                    return RawHttp.Request.post("/v1/auth/login", keysHeaders,
                            LocalApiClient.loginBody(loginIds.get((int) (i % loginIds.size())),
                                    LocalApiClient.WORKER_PASSWORD));
                };
                Supplier<RawHttp.Request> requests = switch (name) {
                    case "verify" -> verify;
                    case "submit" -> submit;
                    case "login" -> login;
                    case "mixed" -> () -> {
                        int dice = ThreadLocalRandom.current().nextInt(100);
                        return dice < 60 ? verify.get() : dice < 75 ? submit.get() : dice < 90 ? keys.get()
                                : login.get();
                    };
                    default -> throw new IllegalArgumentException("unknown scenario " + name
                            + " (keys, verify, submit, login, mixed)");
                };
                return of(requests);
            }
        }

        private static Scenario of(Supplier<RawHttp.Request> requests) {
            return new Scenario() {
                @Override
                public Supplier<RawHttp.Request> requests() {
                    return requests;
                }

                @Override
                public boolean ok(int status) {
                    return status >= 200 && status < 300;
                }
            };
        }
    }

    private static Process startLocalApi(int port, String apiKey, PrintStream out) throws IOException {
        Path root = repositoryRoot();
        Path jar = root.resolve("local-api/target/local-api.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -B -ntp -pl local-api -am package -DskipTests");
        }
        Path data = Files.createTempDirectory("gmp-load-");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(root));
        command.add("-jar");
        command.add(jar.toString());
        // the verify load presents the pass token itself: the demo site as a static-pass site (a kiosk)
        command.add("--parameter");
        command.add("StaticPassSites=demo-site");
        out.printf(Locale.ROOT, "starting local-api on port %d, data dir %s: %s%n", port, data, command);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("local-api.log").toFile());
        builder.environment().put("GMP_PORT", Integer.toString(port));
        builder.environment().put("GMP_DATA_DIR", data.toString());
        builder.environment().put("GMP_API_KEY", apiKey);
        return builder.start();
    }

    /** local-api/jvm.options, the one list run-local.sh also starts local-api with. */
    public static List<String> jvmOptions(Path root) throws IOException {
        Path file = root.resolve("local-api/jvm.options");
        List<String> options = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    private static void waitUntilUp(InetSocketAddress server, String apiKey, Process process)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("local-api ended during its start (exit " + process.exitValue() + ")");
            }
            try (RawHttp http = new RawHttp(server, null)) {
                if (http.send(RawHttp.Request.get("/v1/qr/keys", "x-api-key: " + apiKey + "\r\n")).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("local-api did not answer within 3 minutes");
    }

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("local-api"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the repository (no template.yaml above "
                + Path.of("").toAbsolutePath() + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }
}
