package com.gmpgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.engines.LocalEngines;
import com.gmpgate.local.lambda.LocalLog;
import com.gmpgate.local.sam.LocalResources;
import com.gmpgate.local.sam.LocalSecrets;
import com.gmpgate.local.sam.SamApplication;
import com.gmpgate.local.seed.DemoData;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * {@code ./run-local.sh --engines-only}: the local engines without local-api's HTTP side, for developers who run
 * the functions with {@code sam local start-api} (SAM CLI and Docker). Everything listens where
 * {@code local-api/sam-local-env.json} points the functions: dynalite and S3Proxy (the template's tables and
 * buckets, files in the data dir, as local-api keeps them), and {@code moto_server} for what the functions call in
 * AWS beyond those two: Secrets Manager (the template's key secrets, under their logical ids; the functions
 * create the first keys in them as in AWS), EventBridge (the template's buses) and SNS (its topics). moto keeps
 * these in memory: each start has new signing keys, so logins and passes from an earlier start end.
 */
public final class EnginesOnly implements AutoCloseable {

    public static final String ENV_FILE = "local-api/sam-local-env.json";

    private final LocalEngines engines;
    private final Process moto;

    private EnginesOnly(LocalEngines engines, Process moto) {
        this.engines = engines;
        this.moto = moto;
    }

    /** The ports the env-vars file names (Parameters.GMP_DYNAMODB_ENDPOINT and friends). */
    record Ports(int dynamoDb, int s3, int moto) {
        static Ports of(JsonNode envFile) {
            JsonNode all = envFile.path("Parameters");
            return new Ports(port(all, "GMP_DYNAMODB_ENDPOINT"), port(all, "GMP_S3_ENDPOINT"),
                    port(all, "AWS_ENDPOINT_URL_SECRETS_MANAGER"));
        }

        private static int port(JsonNode parameters, String name) {
            String value = parameters.path(name).asText("");
            int port = value.isEmpty() ? -1 : URI.create(value).getPort();
            if (port <= 0) {
                throw new IllegalArgumentException(ENV_FILE + ": Parameters." + name
                        + " must be http://127.0.0.1:<port>, found '" + value + "'");
            }
            return port;
        }
    }

    public static EnginesOnly start(LocalApiOptions options, LocalLog log) {
        JsonNode envFile = readEnvFile(options.repositoryRoot().resolve(ENV_FILE));
        Ports ports = Ports.of(envFile);
        CfnTemplate template = CfnTemplate.load(options.template());
        Map<String, String> parameters = new LinkedHashMap<>(LocalApiOptions.LOCAL_PARAMETERS);
        parameters.putAll(options.parameterOverrides());
        SamApplication application = SamApplication.of(template, parameters, LocalResources.standard(),
                "gmp-hygiene-gate-local", new LocalSecrets(template, options.dataDir()));
        Process moto = startMoto(ports.moto(), log);
        LocalEngines engines = null;
        try {
            Files.createDirectories(options.dataDir());
            engines = LocalEngines.start(options.repositoryRoot(), options.template(), application,
                    LocalResources.standard(), options.dataDir(), log, ports.dynamoDb(), ports.s3());
            provisionMoto(template, ports.moto(), log);
            Map<String, String> auth = new LinkedHashMap<>();
            envFile.path("Parameters").fields().forEachRemaining(f -> auth.put(f.getKey(), f.getValue().asText()));
            envFile.path("AuthFunction").fields().forEachRemaining(f -> auth.put(f.getKey(), f.getValue().asText()));
            DemoData.seedIfNew(options.dataDir(), auth, options.adminPassword(), log);
            return new EnginesOnly(engines, moto);
        } catch (IOException e) {
            close(engines, moto);
            throw new UncheckedIOException("the engines could not start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(engines, moto);
            throw e;
        }
    }

    private static JsonNode readEnvFile(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Process startMoto(int port, LocalLog log) {
        Process process;
        try {
            process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server is not installed (it emulates Secrets Manager and EventBridge"
                    + " for sam local): pip install 'moto[server]'", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited at start (is port " + port + " in use?)");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                log.info("moto_server (Secrets Manager, EventBridge) on http://127.0.0.1:" + port);
                return process;
            } catch (IOException notYet) {
                sleep();
            }
        }
        process.destroy();
        throw new IllegalStateException("moto_server did not listen on port " + port + " within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The template's secrets that hold a value (the key rings) and its event buses, under their logical ids. */
    private static void provisionMoto(CfnTemplate template, int port, LocalLog log) {
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret"));
        try (SecretsManagerClient secrets = SecretsManagerClient.builder().endpointOverride(endpoint)
                .region(Region.US_EAST_1).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
             EventBridgeClient events = EventBridgeClient.builder().endpointOverride(endpoint)
                .region(Region.US_EAST_1).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            template.resourcesOfType("AWS::SecretsManager::Secret").forEach((id, resource) -> {
                if (CfnTemplate.properties(resource).get("SecretString") instanceof String value) {
                    secrets.createSecret(b -> b.name(id).secretString(value));
                }
            });
            template.resourcesOfType("AWS::Events::EventBus").keySet().forEach(id -> {
                try {
                    events.createEventBus(b -> b.name(id));
                } catch (ResourceAlreadyExistsException exists) {
                    // moto keeps nothing across starts; only a second provisioning in one start gets here
                }
            });
        }
        // SNS topics through its query protocol (moto does not check signatures): the SNS SDK module is not on
        // local-api's compile path
        var http = java.net.http.HttpClient.newHttpClient();
        template.resourcesOfType("AWS::SNS::Topic").keySet().forEach(id -> {
            try {
                var reply = http.send(java.net.http.HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/sns/aws4_request,"
                                + " SignedHeaders=host, Signature=0")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "Action=CreateTopic&Version=2010-03-31&Name=" + id))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException("moto_server refused CreateTopic " + id + ": " + reply.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("moto_server: CreateTopic " + id, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
        log.info("moto_server: secrets " + template.resourcesOfType("AWS::SecretsManager::Secret").keySet()
                + ", event buses " + template.resourcesOfType("AWS::Events::EventBus").keySet() + ", topics "
                + template.resourcesOfType("AWS::SNS::Topic").keySet());
    }

    @Override
    public void close() {
        close(engines, moto);
    }

    private static void close(LocalEngines engines, Process moto) {
        if (engines != null) {
            try {
                engines.close();
            } catch (Exception e) {
                System.err.println("local-api: stopping the engines failed: " + e);
            }
        }
        moto.destroy();
        try {
            moto.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void main(LocalApiOptions options, LocalLog log) {
        EnginesOnly running;
        try {
            running = start(options, log);
        } catch (RuntimeException e) {
            log.error("could not start the engines: " + e.getMessage(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the engines");
            running.close();
            stopped.countDown();
        }, "engines-only-shutdown"));
        System.out.println(String.join("\n", List.of(
                "",
                "Engines only (no HTTP API): the functions run in sam local, pointed here by " + ENV_FILE + ".",
                "In another terminal (Linux: host networking reaches 127.0.0.1; S3Proxy accepts only the local keys):",
                "  mvn -B -DskipTests package",
                "  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local-secret AWS_REGION=us-east-1 \\",
                "    sam local start-api --env-vars " + ENV_FILE + " --docker-network host \\",
                "    --parameter-overrides AiProvider=manual --port 3001",
                "Demo logins as ./run-local.sh prints them (admin / " + options.adminPassword()
                        + "); x-api-key is not checked by sam local.",
                "Ctrl-C stops the engines.")));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
