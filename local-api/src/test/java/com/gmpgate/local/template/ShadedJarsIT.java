package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jars template.yaml deploys (each function's CodeUri, built by {@code package}), each on a class loader of its
 * own over nothing but the JDK, as Lambda runs them: the handler class loads and links, one HTTP client is inside
 * (url-connection), the Bouncy Castle classes left after the shade filters still sign, verify and hash, and
 * nothing test-only or local-only is inside.
 */
class ShadedJarsIT {

    private static final CfnTemplate TEMPLATE = CfnTemplate.load(RepoFiles.resolve("template.yaml"));

    @Test
    void everyFunctionsHandler_loadsFromItsOwnJar_alone() throws Exception {
        for (Map.Entry<String, Map<String, Object>> function : functions().entrySet()) {
            Map<String, Object> properties = CfnTemplate.properties(function.getValue());
            Path jar = RepoFiles.resolve((String) properties.get("CodeUri"));
            String handler = ((String) properties.get("Handler")).split("::")[0];
            assertThat(jar).as(function.getKey() + ": mvn package builds its CodeUri").isRegularFile();
            try (URLClassLoader loader = alone(jar)) {
                Class<?> type = Class.forName(handler, false, loader);
                // linking the signatures loads what construction and handleRequest name
                assertThat(type.getConstructors()).as(function.getKey() + " " + handler).isNotEmpty();
                assertThat(type.getMethods()).extracting(Method::getName).contains("handleRequest");
            }
        }
    }

    @Test
    void everyJar_carriesOneHttpClient_andNoUnusedBouncyCastle() throws IOException {
        for (Path jar : jars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                List<String> names = file.stream().map(ZipEntry::getName).toList();
                assertThat(names).as(jar.toString())
                        .contains("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class")
                        .noneMatch(n -> n.startsWith("org/apache/http/") || n.startsWith("org/apache/hc/")
                                || n.startsWith("io/netty/") || n.startsWith("software/amazon/awssdk/http/apache")
                                || n.startsWith("software/amazon/awssdk/http/nio/netty")
                                || n.startsWith("org/bouncycastle/pqc/") || n.startsWith("org/bouncycastle/jcajce/")
                                || n.startsWith("org/bouncycastle/jce/"));
            }
        }
    }

    /**
     * A function jar carries production code only: no demo passwords in its classes (local-api's DemoAccounts; the
     * password policy's list of common passwords is data and may name them), no test classes,
     * no local engines, fakes or test harness, no local runtime.
     */
    @Test
    void noJar_carriesTestOrLocalOnlyCode() throws IOException {
        for (Path jar : jars()) {
            try (JarFile file = new JarFile(jar.toFile())) {
                List<ZipEntry> ours = file.stream().filter(e -> e.getName().startsWith("com/gmpgate/"))
                        .map(ZipEntry.class::cast).toList();
                assertThat(ours).extracting(ZipEntry::getName).as(jar.toString()).isNotEmpty()
                        .noneMatch(n -> n.startsWith("com/gmpgate/local/") || n.startsWith("com/gmpgate/localaws/")
                                || n.startsWith("com/gmpgate/fakes/") || n.startsWith("com/gmpgate/testing/")
                                || n.contains("DemoAccounts") || n.matches(".*(Test|IT|TestKit)(\\$.*)?\\.class"));
                assertThat(file.stream().map(ZipEntry::getName)).as(jar + ": S3Proxy, Jetty")
                        .noneMatch(n -> n.startsWith("org/gaul/") || n.startsWith("org/eclipse/jetty/"));
                for (ZipEntry entry : ours.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertThat(text).as(jar + "!" + entry.getName()).doesNotContain("admin1234!", "worker1234!");
                }
            }
        }
    }

    @Test
    void theBouncyCastleThatIsLeft_signsVerifiesAndHashes() throws Exception {
        for (Path jar : jars()) {
            try (URLClassLoader loader = alone(jar)) {
                if (loader.getResource("com/gmpgate/crypto/SigningKey.class") == null) {
                    continue;
                }
                Class<?> keys = Class.forName("com.gmpgate.crypto.SigningKey", true, loader);
                Object key = keys.getMethod("generate", SecureRandom.class).invoke(null, new SecureRandom());
                byte[] message = "gmp".getBytes(StandardCharsets.US_ASCII);
                byte[] signature = (byte[]) keys.getMethod("sign", byte[].class).invoke(key, message);
                Object publicKey = keys.getMethod("verificationKey").invoke(key);
                assertThat((Boolean) publicKey.getClass().getMethod("verify", byte[].class, byte[].class)
                        .invoke(publicKey, message, signature)).as(jar.toString()).isTrue();
                if (loader.getResource("org/bouncycastle/crypto/generators/Argon2BytesGenerator.class") != null) {
                    assertThat(argon2(loader)).as(jar + ": Argon2id").hasSize(32);
                }
            }
        }
    }

    private static byte[] argon2(ClassLoader loader) throws Exception {
        Class<?> builderType = Class.forName("org.bouncycastle.crypto.params.Argon2Parameters$Builder", true, loader);
        Object builder = builderType.getConstructor(int.class).newInstance(2); // ARGON2_id
        builderType.getMethod("withSalt", byte[].class).invoke(builder, (Object) new byte[16]);
        builderType.getMethod("withMemoryAsKB", int.class).invoke(builder, 1024);
        builderType.getMethod("withIterations", int.class).invoke(builder, 1);
        Object parameters = builderType.getMethod("build").invoke(builder);
        Class<?> generatorType = Class.forName("org.bouncycastle.crypto.generators.Argon2BytesGenerator", true, loader);
        Object generator = generatorType.getConstructor().newInstance();
        generatorType.getMethod("init", parameters.getClass()).invoke(generator, parameters);
        byte[] out = new byte[32];
        generatorType.getMethod("generateBytes", byte[].class, byte[].class).invoke(generator,
                "password".getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    private static URLClassLoader alone(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static Map<String, Map<String, Object>> functions() {
        return TEMPLATE.resourcesOfType("AWS::Serverless::Function");
    }

    private static List<Path> jars() {
        return functions().values().stream()
                .map(f -> RepoFiles.resolve((String) CfnTemplate.properties(f).get("CodeUri")))
                .distinct().toList();
    }
}
