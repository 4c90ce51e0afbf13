package com.gmpgate.ai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.testing.ShadedJar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The jar template.yaml deploys (runs after `package`): what AiFunction needs, and one HTTP client only. */
class ShadedJarIT {

    static final Path JAR = Path.of("target", "ai-service.jar");
    /**
     * What the jar may weigh today. Issue 15's target is {@link ShadedJar#FUNCTION_BUDGET}, not reached: what is left
     * is mostly the S3, DynamoDB and Bedrock runtime models (3.7 + 2.3 + 1.2 MB compressed: a client class names every
     * operation, so minimizing keeps them all) and Jackson databind.
     */
    static final long AI_JAR_TODAY = ShadedJar.mib(16.1);

    @Test
    void carriesTheHandler_theWebpReader_andBedrockRuntime_butNoApacheOrNettyClient() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("com/gmpgate/ai/api/AiApiHandler.class",
                    "com/gmpgate/bedrock/BedrockWoundAssessor.class",
                    "software/amazon/awssdk/services/bedrockruntime/BedrockRuntimeClient.class",
                    "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                    "com/twelvemonkeys/imageio/plugins/webp/WebPImageReaderSpi.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/apache/http") || n.startsWith("org/apache/hc/")
                    || n.startsWith("io/netty/") || n.startsWith("software/amazon/awssdk/http/apache")
                    || n.startsWith("software/amazon/awssdk/http/nio/netty"));
            String readers = new String(jar.getInputStream(jar.getEntry("META-INF/services/javax.imageio.spi.ImageReaderSpi"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(readers).contains("com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi");
        }
    }

    @Test
    void staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(JAR).assertWithin(AI_JAR_TODAY).assertComplete();
    }
}
