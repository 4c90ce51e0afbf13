package com.gmpgate.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.template.CfnTemplate;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Cold starts as Lambda makes them: per sample a fresh JVM runs the real Lambda Java runtime client
 * (aws-lambda-java-runtime-interface-client) over the function's shaded jar (its template CodeUri), against
 * {@link RuntimeApi}; init ends at the first {@code next}, the first invoke at the function's answer to a real
 * event from events/. The functions' environment is the template's plain values, then
 * local-api/sam-local-env.json's (so JAVA_TOOL_OPTIONS is the template's, and the endpoints are the local engines',
 * which {@code --engines} starts: local-api --engines-only). Floors in the same run, samples interleaved: a bare
 * JVM (empty main) and the runtime client with a trivial handler.
 *
 * <pre>
 * ColdStart [--samples 15] [--functions authorizer,auth,checklist,ai,qr,qr-keys,access-log,records,live-endpoint]
 *           [--engines] [--cds] [--aot] [--jvm JAVA_HOME] [--baseline DIR]
 *           (also on request: auth-c1, authorizer-fulljar)
 * </pre>
 * {@code --jvm} runs every sample (functions and floors) on another JDK than the harness's; {@code --aot} (JDK 25+)
 * measures every function a second time as {@code <fn>+aot}, with an AOT cache (JEP 483/515: classes loaded and
 * linked, method profiles) written by one untimed training start ({@code -XX:AOTCacheOutput}, stopped by SIGTERM after
 * its answer) and read by every sample ({@code -XX:AOTCache}): the closest stand-in for a SnapStart restore this
 * machine has (no CRaC JDK), which still runs every static initialiser and the init again.
 * {@code --baseline DIR} measures every function a second time as {@code <fn>-before}, over the jar of the same file
 * name in DIR (the jars of the commit before, copied there by hand): before and after in one run.
 * {@code --cds} measures every function a second time as {@code <fn>+cds}: with an AppCDS archive of the classes its
 * init and first invoke load, written by one untimed training start ({@code -XX:ArchiveClassesAtExit}, the JVM
 * stopped by SIGTERM after its answer) and read by every sample ({@code -XX:SharedArchiveFile}).
 * One line per function: {@code coldstart <fn> init_p50_ms=… first_p50_ms=… x_bare=… rss_mb=… jar_mb=… classes=…}.
 */
public final class ColdStart {

    /**
     * A function of the template, and the event its first invoke gets; {@code jar} another jar than its CodeUri (a
     * baseline: what the function ran before), or null.
     */
    record Target(String name, String logicalId, String event, Map<String, String> overrides, String jar) {
        Target(String name, String logicalId, String event) {
            this(name, logicalId, event, Map.of(), null);
        }

        Target(String name, String logicalId, String event, Map<String, String> overrides) {
            this(name, logicalId, event, overrides, null);
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("authorizer", "AuthorizerFunction", "events/authorizer/request-me.json"),
            new Target("auth", "AuthFunction", "events/auth/login-ok.json"),
            new Target("checklist", "ChecklistFunction", "events/checklist/template.json"),
            new Target("ai", "AiFunction", "events/ai/upload-jpeg.json"),
            new Target("qr", "QrFunction", "events/qr/verify-in.json"),
            new Target("qr-keys", "QrFunction", "events/qr/keys.json"),
            new Target("access-log", "AccessLogFunction", "events/access-log/presence.json"),
            new Target("records", "RecordsFunction", "events/records/daily-sheet-pdf.json"),
            new Target("live-endpoint", "LiveEndpointFunction", "events/live-endpoint/admin-asks-for-the-socket.json"),
            // only when asked for (--functions …,auth-c1): AuthFunction without the template's C2 re-enable
            new Target("auth-c1", "AuthFunction", "events/auth/login-ok.json",
                    Map.of("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")),
            // only when asked for: the authorizer over auth-service.jar, the jar it shared with AuthFunction before
            // it had authorizer.jar of its own
            new Target("authorizer-fulljar", "AuthorizerFunction", "events/authorizer/request-me.json", Map.of(),
                    "auth-service/target/auth-service.jar"),
            // only when asked for: QrFunction as built before a commit under test, copied there by hand (e.g. the
            // eager wiring that built the DynamoDB client and stores for GET /v1/qr/keys too)
            new Target("qr-keys-baseline", "QrFunction", "events/qr/keys.json", Map.of(),
                    "bench/target/baseline/qr-service.jar"));
    static final List<String> DEFAULT = List.of("authorizer", "auth", "checklist", "ai", "qr", "qr-keys",
            "access-log", "records", "live-endpoint");

    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final CfnTemplate template;
    private final JsonNode envFile;
    private final String runtimeClasspath;
    private String java;
    private final Path scratch;
    /** Target name (…+cds, …+aot) → the JVM option that reads its archive. */
    private final Map<String, String> archives = new LinkedHashMap<>();

    private ColdStart(Path root) throws IOException {
        this.root = root;
        this.template = CfnTemplate.load(root.resolve("template.yaml"));
        this.envFile = JSON.readTree(root.resolve("local-api/sam-local-env.json").toFile());
        // the runtime client and what it needs, from this JVM's class path: nothing else of bench goes in
        this.runtimeClasspath = String.join(File.pathSeparator, Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("aws-lambda-java-runtime-interface-client")
                        || e.contains("aws-lambda-java-serialization") || e.contains("aws-lambda-java-core")
                        || e.contains("utils-lite"))
                .toList());
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.scratch = Files.createTempDirectory("gmp-coldstart-");
    }

    public static void main(String[] args) throws Exception {
        int samples = 15;
        List<String> names = DEFAULT;
        boolean engines = false;
        boolean cds = false;
        boolean aot = false;
        String jvm = null;
        Path baseline = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                case "--functions" -> names = List.of(args[++i].split(","));
                case "--engines" -> engines = true;
                case "--cds" -> cds = true;
                case "--aot" -> aot = true;
                case "--jvm" -> jvm = args[++i];
                case "--baseline" -> baseline = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        ColdStart harness = new ColdStart(com.gmpgate.bench.load.Load.repositoryRoot());
        Process enginesProcess = engines ? harness.startEngines(System.out) : null;
        if (jvm != null) {
            harness.java = Path.of(jvm, "bin", "java").toString();
        }
        try {
            harness.run(samples, names, cds, aot, baseline, System.out);
        } finally {
            if (enginesProcess != null) {
                enginesProcess.destroy();
                enginesProcess.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void run(int samples, List<String> names, boolean cds, boolean aot, Path baseline, PrintStream out)
            throws Exception {
        List<Target> targets = new ArrayList<>(TARGETS.stream().filter(t -> names.contains(t.name())).toList());
        if (baseline != null) {
            for (Target target : List.copyOf(targets)) {
                Path codeUri = jar(target, properties(target.logicalId()));
                targets.add(targets.indexOf(target), new Target(target.name() + "-before", target.logicalId(),
                        target.event(), target.overrides(), baseline.resolve(codeUri.getFileName()).toString()));
            }
        }
        Map<String, List<long[]>> results = new LinkedHashMap<>(); // {init ns, first ns, peak kB, failed, status}
        List<Long> bare = new ArrayList<>();
        results.put("floor-trivial", new ArrayList<>());
        targets.forEach(t -> results.put(t.name(), new ArrayList<>()));
        Map<String, String> errors = new LinkedHashMap<>();
        try (RuntimeApi api = new RuntimeApi()) {
            for (Target target : List.copyOf(targets)) {
                if (cds) {
                    Path archive = train(api, target, "cds", "-XX:ArchiveClassesAtExit=");
                    archived(target, "+cds", "-XX:SharedArchiveFile=" + archive, targets, results);
                }
                if (aot) {
                    Path archive = train(api, target, "aot", "-XX:AOTCacheOutput=");
                    archived(target, "+aot", "-XX:AOTCache=" + archive, targets, results);
                }
            }
            out.printf(Locale.ROOT, "cold starts: %d samples each, interleaved; java %s; runtime API on %s%n",
                    samples, java, api.address());
            for (int i = 0; i < samples; i++) {
                bare.add(bareJvm());
                results.get("floor-trivial").add(sample(api, trivial(), "{}".getBytes(), errors, "floor-trivial"));
                for (Target target : targets) {
                    results.get(target.name()).add(sample(api, function(target),
                            Files.readAllBytes(root.resolve(target.event())), errors, target.name()));
                }
                out.printf(Locale.ROOT, "  sample %d/%d done%n", i + 1, samples);
            }
            double bareP50 = percentile(bare, 50) / 1e6;
            out.printf(Locale.ROOT, "coldstart floor-bare first_p50_ms=%.0f first_p90_ms=%.0f%n", bareP50,
                    percentile(bare, 90) / 1e6);
            print(out, "floor-trivial", results.get("floor-trivial"), bareP50, null, api);
            for (Target target : targets) {
                print(out, target.name(), results.get(target.name()), bareP50, target, api);
            }
        }
        errors.forEach((name, error) -> out.printf(Locale.ROOT, "  %s answered with an error: %s%n", name,
                error.length() > 300 ? error.substring(0, 300) + "…" : error));
    }

    private void print(PrintStream out, String name, List<long[]> samples, double bareP50, Target target,
                       RuntimeApi api) throws Exception {
        List<Long> init = samples.stream().map(s -> s[0]).toList();
        List<Long> first = samples.stream().map(s -> s[1]).toList();
        List<Long> rss = samples.stream().map(s -> s[2]).toList();
        long failed = samples.stream().filter(s -> s[3] != 0).count();
        String statuses = samples.stream().map(s -> s[4]).filter(status -> status != 0).distinct().sorted()
                .map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("-");
        double firstP50 = percentile(first, 50) / 1e6;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "coldstart %s init_p50_ms=%.0f init_p90_ms=%.0f first_p50_ms=%.0f first_p90_ms=%.0f x_bare=%.1f "
                        + "rss_mb=%d", name, percentile(init, 50) / 1e6, percentile(init, 90) / 1e6, firstP50,
                percentile(first, 90) / 1e6, firstP50 / bareP50, percentile(rss, 50) / 1024));
        if (target != null) {
            Map<String, Object> properties = properties(target.logicalId());
            Path jar = jar(target, properties);
            int memory = memoryMb(properties);
            line.append(String.format(Locale.ROOT, " jar_mb=%.1f classes=%d memory_mb=%d rss_pct=%d",
                    Files.size(jar) / 1048576.0, classes(api, target), memory,
                    100 * percentile(rss, 50) / 1024 / memory));
        }
        line.append(" errors=").append(failed).append(" status=").append(statuses);
        out.println(line);
    }

    private void archived(Target target, String suffix, String option, List<Target> targets,
                          Map<String, List<long[]>> results) {
        Target archived = new Target(target.name() + suffix, target.logicalId(), target.event(), target.overrides(),
                target.jar());
        archives.put(archived.name(), option);
        targets.add(archived);
        results.put(archived.name(), new ArrayList<>());
    }

    /**
     * The archive (AppCDS, or JDK 25's AOT cache) of what {@code target}'s init and first invoke load: one start that
     * writes it at exit, with {@code writeOption} + the archive's path.
     */
    private Path train(RuntimeApi api, Target target, String kind, String writeOption) throws Exception {
        Path archive = scratch.resolve(target.name() + "." + kind);
        ProcessBuilder builder = function(target);
        builder.command().add(1, writeOption + archive);
        Map<String, String> errors = new LinkedHashMap<>();
        String log = target.name() + "-" + kind + "-train";
        sample(api, builder, Files.readAllBytes(root.resolve(target.event())), errors, log, true);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(target.name() + ": no " + kind + " archive written " + errors + "; see "
                    + scratch.resolve(log + ".log"));
        }
        return archive;
    }

    private long[] sample(RuntimeApi api, ProcessBuilder builder, byte[] event, Map<String, String> errors,
                          String name) throws Exception {
        return sample(api, builder, event, errors, name, false);
    }

    /**
     * One cold start: {init ns, first-invoke ns (both from the JVM's launch), peak RSS kB, failed 0/1}; the JVM is
     * then killed, or stopped with SIGTERM when {@code graceful} (so that it runs its exit, e.g. an archive dump).
     */
    private long[] sample(RuntimeApi api, ProcessBuilder builder, byte[] event, Map<String, String> errors,
                          String name, boolean graceful) throws Exception {
        RuntimeApi.Sample sample = new RuntimeApi.Sample(event, UUID.randomUUID().toString());
        api.begin(sample);
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
        builder.redirectErrorStream(true).redirectOutput(scratch.resolve(name + ".log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        sample.pid = process::pid;
        boolean finished = sample.done.await(2, TimeUnit.MINUTES);
        if (graceful) {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } else {
            process.destroyForcibly();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        if (!finished || sample.firstDone == 0) {
            errors.put(name, "no answer within 2 minutes; see " + scratch.resolve(name + ".log"));
            return new long[] {0, 0, 0, 1, 0};
        }
        if (sample.failed) {
            errors.put(name, sample.error);
        }
        return new long[] {sample.initDone - start, sample.firstDone - start, sample.peakRssKb, sample.failed ? 1 : 0,
                sample.status};
    }

    /** Classes loaded by init and the first invoke: one more, untimed, start with class loading logged. */
    private int classes(RuntimeApi api, Target target) throws Exception {
        Path log = scratch.resolve(target.name() + "-classes.txt");
        ProcessBuilder builder = function(target);
        builder.command().add(1, "-Xlog:class+load=info:file=" + log);
        sample(api, builder, Files.readAllBytes(root.resolve(target.event())), new LinkedHashMap<>(), target.name());
        try (var lines = Files.lines(log)) {
            return (int) lines.filter(l -> l.contains("source:")).count();
        }
    }

    private long bareJvm() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-cp", classesDir(), Bare.class.getName()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        builder.start().waitFor();
        return System.nanoTime() - start;
    }

    private ProcessBuilder trivial() {
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-cp", classesDir() + File.pathSeparator + runtimeClasspath, RIC_MAIN,
                TrivialHandler.class.getName() + "::handleRequest");
        lambdaEnvironment(builder.environment(), "floor-trivial", 1024);
        return builder;
    }

    private Path jar(Target target, Map<String, Object> properties) {
        return root.resolve(target.jar() != null ? target.jar() : (String) properties.get("CodeUri"));
    }

    private ProcessBuilder function(Target target) {
        Map<String, Object> properties = properties(target.logicalId());
        Path jar = jar(target, properties);
        String handler = (String) properties.get("Handler");
        List<String> command = new ArrayList<>(List.of(java, "-cp", jar + File.pathSeparator + runtimeClasspath,
                RIC_MAIN, handler));
        String archive = archives.get(target.name());
        if (archive != null) {
            command.add(1, archive);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        lambdaEnvironment(env, target.logicalId(), memoryMb(properties));
        env.put("_HANDLER", handler);
        env.putAll(variables(template.globals().get("Function")));
        env.putAll(variables(properties));
        envFile.path("Parameters").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        envFile.path(target.logicalId()).fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.putAll(target.overrides());
        return builder;
    }

    private static void lambdaEnvironment(Map<String, String> env, String name, int memoryMb) {
        env.keySet().removeIf(k -> k.startsWith("GMP_") || k.equals("JAVA_TOOL_OPTIONS"));
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local-secret");
        env.put("AWS_LAMBDA_FUNCTION_NAME", name);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
    }

    /** The plain string values of an Environment.Variables (intrinsics come from sam-local-env.json). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(Object properties) {
        Map<String, String> plain = new LinkedHashMap<>();
        if (properties instanceof Map<?, ?> map && map.get("Environment") instanceof Map<?, ?> environment
                && environment.get("Variables") instanceof Map<?, ?> variables) {
            ((Map<String, Object>) variables).forEach((k, v) -> {
                if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                    plain.put(k, String.valueOf(v));
                }
            });
        }
        return plain;
    }

    private Map<String, Object> properties(String logicalId) {
        return CfnTemplate.properties(template.resource(logicalId)
                .orElseThrow(() -> new IllegalArgumentException("no " + logicalId + " in template.yaml")));
    }

    private int memoryMb(Map<String, Object> properties) {
        Object own = properties.get("MemorySize");
        Object global = template.globals().get("Function") instanceof Map<?, ?> f ? f.get("MemorySize") : null;
        Object value = own != null ? own : global;
        return value instanceof Number n ? n.intValue() : 128;
    }

    private static String classesDir() {
        try {
            return Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Process startEngines(PrintStream out) throws Exception {
        Path jar = root.resolve("local-api/target/local-api.jar");
        Path data = Files.createTempDirectory("gmp-coldstart-engines-");
        Path log = data.resolve("engines.log");
        // the engines run on the harness's JVM, whichever --jvm the samples use
        String harnessJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(harnessJava));
        command.addAll(com.gmpgate.bench.load.Load.jvmOptions(root));
        command.addAll(List.of("-jar", jar.toString(), "--engines-only"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("GMP_DATA_DIR", data.toString());
        out.println("starting the local engines (local-api --engines-only), log " + log);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the engines stopped: " + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains("Engines only (no HTTP API)")) {
                return process;
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("the engines did not come up in 3 minutes: " + log);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
