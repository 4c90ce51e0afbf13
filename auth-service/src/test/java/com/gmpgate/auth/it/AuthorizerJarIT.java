package com.gmpgate.auth.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.auth.AuthEnvironment;
import com.gmpgate.auth.AuthorizerEvents;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.dynamodb.CursorCodec;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbUserStore;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.keys.KeyRingStore;
import com.gmpgate.keys.SecretsManagerKeys;
import com.gmpgate.testing.MotoServer;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * authorizer.jar, the minimised jar of AuthorizerFunction and LiveSocketAuthorizerFunction, on a class loader of its
 * own over nothing but the JDK, as Lambda runs it: both authorizers build their clients from the environment and
 * answer a real token against dynalite — the signature, then the stored user through the SDK's GetItem. A class the
 * SDK finds only by name and the shade dropped fails here (ShadedJarsIT only links the handler's signatures).
 */
@LocalAwsTest
class AuthorizerJarIT {

    static final Path JAR = Path.of("target", "authorizer.jar");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    final Map<String, String> env = new HashMap<>();
    DynamoDbUserStore users;

    @BeforeEach
    void wire(LocalAwsResources aws) {
        env.putAll(aws.endpoints().dynamoDbEnvironment());
        env.put(AuthEnvironment.USERS_TABLE, aws.tableName("UsersTable"));
        env.put(AuthEnvironment.DATA_DIR, dataDir.toString());
        users = new DynamoDbUserStore(aws.dynamoDb(), aws.tableName("UsersTable"),
                CursorCodec.ofSecret("integration-tests-cursor-secret-0123456789"));
    }

    private User seed(UserStatus status) {
        Instant now = Instant.now();
        User user = new User(UUID.randomUUID().toString(), "demo-site", "w-" + UUID.randomUUID(), "김위생", "생산1팀",
                Role.WORKER, status, "$argon2id$placeholder", List.of(), Optional.empty(), now, now, 1);
        users.create(user);
        return user;
    }

    private String tokenFor(User user) {
        return new AccessTokenIssuer(KeyRingStore.ACCESS_TOKENS.forSigning(env, new SecureRandom()))
                .issue(user, Instant.now()).token();
    }

    @Test
    void theRestAuthorizer_fromItsJarAlone_allowsAStandingUser_andRefusesADisabledOne() throws Exception {
        User worker = seed(UserStatus.ACTIVE);
        User disabled = seed(UserStatus.DISABLED);
        String token = tokenFor(worker);
        try (URLClassLoader jar = alone()) {
            Object authorizer = handler(jar, "com.gmpgate.auth.authorizer.AuthorizerHandler");

            JsonNode allowed = JSON.readTree(invoke(authorizer,
                    AuthorizerEvents.request("Bearer " + token, "GET", "/v1/qr/passes/current")));
            assertThat(allowed.path("principalId").asText()).isEqualTo(worker.id());
            assertThat(allowed.path("policyDocument").path("Statement").get(0).path("Effect").asText())
                    .isEqualTo("Allow");
            assertThat(allowed.path("context").path("role").asText()).isEqualTo("WORKER");

            assertThat(refusal(authorizer, AuthorizerEvents.request("Bearer " + tokenFor(disabled), "GET",
                    "/v1/qr/passes/current"))).isEqualTo("Unauthorized");
        }
    }

    @Test
    void theSocketAuthorizer_fromTheSameJar_opensASocketForAStandingUser() throws Exception {
        User worker = seed(UserStatus.ACTIVE);
        ObjectMapper mapper = new ObjectMapper();
        var event = mapper.createObjectNode();
        event.put("type", "REQUEST");
        event.put("methodArn", "arn:aws:execute-api:ap-northeast-2:123456789012:abcdef1234/live/$connect");
        event.putObject("queryStringParameters").put("token", tokenFor(worker));
        try (URLClassLoader jar = alone()) {
            Object authorizer = handler(jar, "com.gmpgate.auth.authorizer.LiveSocketAuthorizerHandler");

            JsonNode allowed = JSON.readTree(invoke(authorizer, mapper.writeValueAsBytes(event)));

            assertThat(allowed.path("principalId").asText()).isEqualTo(worker.id());
            assertThat(allowed.path("policyDocument").path("Statement").get(0).path("Resource").get(0).asText())
                    .endsWith("/live/$connect");
        }
    }

    /**
     * In AWS the authorizer reads its keys from Secrets Manager: the same jar in a JVM of its own with the environment
     * Lambda gives it (no data directory; the SDK's own endpoint variable points it at moto_server), the token signed
     * with the secret's key.
     */
    @Test
    void theRestAuthorizer_inAJvmOfItsOwn_readsItsKeysFromSecretsManager() throws Exception {
        User worker = seed(UserStatus.ACTIVE);
        try (MotoServer moto = MotoServer.startOrSkip();
                SecretsManagerClient secrets = SecretsManagerClient.builder()
                        .endpointOverride(moto.endpoint()).region(Region.of(MotoServer.REGION))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                MotoServer.ACCESS_KEY_ID, MotoServer.SECRET_ACCESS_KEY)))
                        .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            String secretId = "gmp-access-token-keys-" + UUID.randomUUID();
            secrets.createSecret(b -> b.name(secretId).secretString("{\"keys\":[]}")); // as the template creates it
            KeyRing keys = KeyRing.of(SecretsManagerKeys.readOrBootstrap(secrets, secretId, new SecureRandom()));
            String token = new AccessTokenIssuer(keys).issue(worker, Instant.now()).token();

            Map<String, String> lambda = new HashMap<>(env);
            lambda.remove(AuthEnvironment.DATA_DIR);
            lambda.put(KeyRingStore.ACCESS_TOKEN_KEYS_SECRET, secretId);
            lambda.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", moto.endpoint().toString());
            lambda.put(DynamoDbSettings.REGION, MotoServer.REGION);
            lambda.put(DynamoDbSettings.ACCESS_KEY_ID, MotoServer.ACCESS_KEY_ID);
            lambda.put(DynamoDbSettings.SECRET_ACCESS_KEY, MotoServer.SECRET_ACCESS_KEY);

            JsonNode allowed = JSON.readTree(ownJvm(lambda, "com.gmpgate.auth.authorizer.AuthorizerHandler",
                    AuthorizerEvents.request("Bearer " + token, "GET", "/v1/qr/passes/current")));

            assertThat(allowed.path("principalId").asText()).isEqualTo(worker.id());
            assertThat(allowed.path("policyDocument").path("Statement").get(0).path("Effect").asText())
                    .isEqualTo("Allow");
        }
    }

    /** java -cp authorizer.jar:JarHandlerMain's directory, with exactly {@code environment}. */
    private static byte[] ownJvm(Map<String, String> environment, String handler, byte[] event) throws Exception {
        assertThat(JAR).as("mvn package builds it").isRegularFile();
        Path main = Path.of(JarHandlerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", JAR.toAbsolutePath() + java.io.File.pathSeparator + main,
                JarHandlerMain.class.getName(), handler);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path stderr = Files.createTempFile("authorizer-jar-", ".log");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(event);
        }
        byte[] reply = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
        return reply;
    }

    private static URLClassLoader alone() throws Exception {
        assertThat(JAR).as("mvn package builds it").isRegularFile();
        return new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    /** The handler as local-api builds it: its Env constructor, the Env class the jar itself carries. */
    private Object handler(ClassLoader jar, String name) throws Exception {
        Class<?> envType = Class.forName("com.gmpgate.api.Env", true, jar);
        Object jarEnv = envType.getMethod("of", Map.class).invoke(null, env);
        return Class.forName(name, true, jar).getConstructor(envType).newInstance(jarEnv);
    }

    private static byte[] invoke(Object handler, byte[] event) throws Exception {
        Method handle = handler.getClass().getMethod("handleRequest", InputStream.class, OutputStream.class,
                Class.forName("com.amazonaws.services.lambda.runtime.Context", false, handler.getClass().getClassLoader()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handle.invoke(handler, new ByteArrayInputStream(event), out, null);
        return out.toByteArray();
    }

    private static String refusal(Object handler, byte[] event) throws Exception {
        try {
            return "allowed: " + new String(invoke(handler, event), StandardCharsets.UTF_8);
        } catch (InvocationTargetException e) {
            return e.getCause().getMessage();
        }
    }
}
