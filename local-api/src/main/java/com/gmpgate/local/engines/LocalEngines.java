package com.gmpgate.local.engines;

import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.local.sam.SamApplication;
import com.gmpgate.template.CfnTemplate;
import com.gmpgate.localaws.Dynalite;
import com.gmpgate.localaws.LocalCredentials;
import com.gmpgate.localaws.LocalEndpoints;
import com.gmpgate.localaws.S3ProxyServer;
import com.gmpgate.localaws.TableProvisioner;
import com.gmpgate.localaws.TtlSweeper;
import com.gmpgate.template.StorageTemplate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB and S3 for the local runtime, with their files in the data directory so they survive a restart:
 * dynalite (a node child process, LevelDB under {@code dynamodb/}) with the template's tables, S3Proxy (in this
 * JVM, files under {@code s3/}) with the template's buckets and their CORS rules. An engine the template does not
 * need is not started.
 */
public final class LocalEngines implements AutoCloseable {

    private static final String PID_FILE = "dynalite.pid";
    /** Seconds between sweeps of expired items (dynalite has no TTL); 0 turns the sweeping off. */
    public static final String TTL_SWEEP_SECONDS = "GMP_TTL_SWEEP_SECONDS";
    static final long DEFAULT_TTL_SWEEP_SECONDS = 60;

    private final Optional<Dynalite> dynalite;
    private final Optional<S3ProxyServer> s3;
    private final Path dataDir;
    private Optional<ScheduledExecutorService> sweeping = Optional.empty();

    private LocalEngines(Optional<Dynalite> dynalite, Optional<S3ProxyServer> s3, Path dataDir) {
        this.dynalite = dynalite;
        this.s3 = s3;
        this.dataDir = dataDir;
    }

    /**
     * DynamoDB's TTL, which dynalite lacks: every {@code GMP_TTL_SWEEP_SECONDS} (default 60) the items whose TTL has
     * passed are deleted from the template's tables, so the retention (raw answers after 30 days, verdict records
     * after 2 years) shows locally as it happens in AWS.
     */
    private void sweepExpiredItems(StorageTemplate storage, LocalResources names, LocalLog log) {
        long every = Optional.ofNullable(System.getenv(TTL_SWEEP_SECONDS)).filter(v -> !v.isBlank())
                .map(Long::parseLong).orElse(DEFAULT_TTL_SWEEP_SECONDS);
        if (dynalite.isEmpty() || every <= 0) {
            return;
        }
        DynamoDbClient client = endpoints(dynalite, Optional.empty()).dynamoDbClient();
        TtlSweeper sweeper = new TtlSweeper(client, storage.tables(), names::tableName);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int deleted = sweeper.sweep(Instant.now());
                if (deleted > 0) {
                    log.info("TTL: " + deleted + " expired item(s) deleted (DynamoDB does this itself in AWS)");
                }
            } catch (RuntimeException e) {
                log.info("TTL sweep failed, retried in " + every + " s: " + e.getClass().getSimpleName());
            }
        }, every, every, TimeUnit.SECONDS);
        sweeping = Optional.of(executor);
    }

    public static LocalEngines start(Path repositoryRoot, Path templateFile, SamApplication application,
            LocalResources names, Path dataDir, LocalLog log) throws IOException {
        return start(repositoryRoot, templateFile, application, names, dataDir, log, 0, 0);
    }

    /**
     * @param dynamoDbPort dynalite's port, 0 for a free one
     * @param s3Port S3Proxy's port, 0 for a free one (fixed ports: the engines-only mode, for sam local)
     */
    public static LocalEngines start(Path repositoryRoot, Path templateFile, SamApplication application,
            LocalResources names, Path dataDir, LocalLog log, int dynamoDbPort, int s3Port) throws IOException {
        StorageTemplate storage = StorageTemplate.load(templateFile);
        // The two engines start side by side: dynalite is a node process, S3Proxy (jclouds, Jetty) is CPU-bound
        // class loading in this JVM; in sequence they would add up.
        CompletableFuture<Optional<S3ProxyServer>> s3 = CompletableFuture.supplyAsync(() -> {
            if (storage.buckets().isEmpty()) {
                return Optional.empty();
            }
            long start = System.nanoTime();
            Path files = createDirectories(dataDir.resolve("s3"));
            S3ProxyServer server = S3ProxyServer.start(Optional.of(files), cors(application.template(), application),
                    s3Port);
            try {
                server.ensureBuckets(storage.buckets().stream().map(b -> names.bucketName(b.logicalId())).toList());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("S3Proxy on " + server.endpoint() + " with " + storage.buckets().size() + " bucket(s) ("
                    + millisSince(start) + " ms)");
            return Optional.of(server);
        });
        Optional<Dynalite> dynalite = Optional.empty();
        try {
            if (!storage.tables().isEmpty()) {
                stopLeftoverDynalite(dataDir, log);
                Path files = createDirectories(dataDir.resolve("dynamodb"));
                long start = System.nanoTime();
                dynalite = Optional.of(dynamoDbPort == 0 ? Dynalite.start(repositoryRoot, Optional.of(files))
                        : Dynalite.start(repositoryRoot, Optional.of(files), dynamoDbPort));
                dynalite.get().process().ifPresent(p -> writePid(dataDir, p.pid()));
                List<String> wanted = storage.tables().stream().map(t -> names.tableName(t.logicalId())).toList();
                if (!DynaliteTables.list(dynalite.get().endpoint()).containsAll(wanted)) {
                    try (DynamoDbClient client = endpoints(dynalite, Optional.empty()).dynamoDbClient()) {
                        new TableProvisioner(client, false).createAll(storage.tables(), names::tableName);
                    }
                }
                log.info("dynalite on " + dynalite.get().endpoint() + " with " + storage.tables().size()
                        + " tables (" + millisSince(start) + " ms)");
            }
            LocalEngines engines = new LocalEngines(dynalite, s3.join(), dataDir);
            engines.sweepExpiredItems(storage, names, log);
            return engines;
        } catch (RuntimeException | Error e) {
            Optional<S3ProxyServer> started = Optional.empty();
            try {
                started = s3.join();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            new LocalEngines(dynalite, started, dataDir).close(); // never leave a node process behind
            if (e instanceof CompletionException && e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** The variables that point the functions' SDK clients at these engines (DynamoDbSettings, S3Settings). */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        dynalite.ifPresent(d -> environment.put("GMP_DYNAMODB_ENDPOINT", d.endpoint().toString()));
        s3.ifPresent(s -> environment.put("GMP_S3_ENDPOINT", s.endpoint().toString()));
        return environment;
    }

    public Optional<URI> s3Endpoint() {
        return s3.map(S3ProxyServer::endpoint);
    }

    public LocalEndpoints endpoints() {
        return endpoints(dynalite, s3);
    }

    private static LocalEndpoints endpoints(Optional<Dynalite> dynalite, Optional<S3ProxyServer> s3) {
        URI none = URI.create("http://127.0.0.1:9");
        return new LocalEndpoints(dynalite.map(Dynalite::endpoint).orElse(none),
                s3.map(S3ProxyServer::endpoint).orElse(none), LocalCredentials.REGION,
                LocalCredentials.ACCESS_KEY_ID, LocalCredentials.SECRET_ACCESS_KEY);
    }

    /** The node process of dynalite, while it runs. */
    public Optional<ProcessHandle> dynaliteProcess() {
        return dynalite.flatMap(Dynalite::process);
    }

    @Override
    public void close() {
        sweeping.ifPresent(ScheduledExecutorService::shutdownNow);
        s3.ifPresent(S3ProxyServer::close);
        dynalite.ifPresent(Dynalite::close);
        if (dynalite.isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(PID_FILE));
            } catch (IOException e) {
                // a stale pid file is checked against the process's command line before anything is stopped
            }
        }
    }

    /**
     * S3Proxy has one CORS configuration for all buckets: the union of the template buckets' CORS rules (one
     * bucket today), so the browser's direct PUT to a presigned URL works as it does against S3.
     */
    static Optional<CrossOriginResourceSharing> cors(CfnTemplate template, SamApplication application) {
        Set<String> origins = new LinkedHashSet<>();
        Set<String> methods = new LinkedHashSet<>();
        Set<String> headers = new LinkedHashSet<>();
        Set<String> exposed = new LinkedHashSet<>();
        template.resourcesOfType("AWS::S3::Bucket").forEach((id, resource) -> {
            Object config = application.intrinsics().evaluate(CfnTemplate.properties(resource)
                    .get("CorsConfiguration"), "Resources." + id + ".Properties.CorsConfiguration");
            if (config instanceof Map<?, ?> map && map.get("CorsRules") instanceof List<?> rules) {
                for (Object rule : rules) {
                    if (rule instanceof Map<?, ?> r) {
                        // S3 compares origins literally (one * wildcard at most); S3Proxy reads them as regular
                        // expressions, where the dots of 127.0.0.1 would match any character
                        strings(r.get("AllowedOrigins")).forEach(o -> origins.add(o.equals("*") ? o : Pattern.quote(o)));
                        strings(r.get("AllowedMethods")).forEach(methods::add);
                        strings(r.get("AllowedHeaders")).forEach(headers::add);
                        strings(r.get("ExposedHeaders")).forEach(exposed::add);
                    }
                }
            }
        });
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        // S3Proxy 2.6.0 splits Access-Control-Request-Headers on ", " while browsers send "content-type,if-none-match":
        // with more than one header listed it would refuse every real preflight, so it gets "any header". The
        // headers are no boundary anyway (the presigned signature fixes them); the origins above are.
        List<String> allowedHeaders = headers.size() > 1 ? List.of("*") : List.copyOf(headers);
        return Optional.of(new CrossOriginResourceSharing(List.copyOf(origins), List.copyOf(methods),
                allowedHeaders, List.copyOf(exposed), null));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * A JVM killed without its shutdown hook (kill -9, a closed terminal) leaves dynalite running and holding the
     * LevelDB lock; stop it, but only if the recorded pid is still a dynalite process.
     */
    private static void stopLeftoverDynalite(Path dataDir, LocalLog log) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains("dynalite"))
                    .ifPresent(p -> {
                        log.info("stopping dynalite left over from an earlier run (pid " + pid + ")");
                        p.destroy();
                        try {
                            p.onExit().get(5, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // unreadable: leave it; dynalite reports a held lock itself
        }
    }

    private static void writePid(Path dataDir, long pid) {
        try {
            Files.writeString(dataDir.resolve(PID_FILE), Long.toString(pid), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + dataDir.resolve(PID_FILE), e);
        }
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
