package com.gmpgate.testing;

import com.gmpgate.localaws.Dynalite;
import com.gmpgate.localaws.LocalCredentials;
import com.gmpgate.localaws.LocalEndpoints;
import com.gmpgate.localaws.S3ProxyServer;
import com.gmpgate.template.StorageTemplate;
import java.nio.file.Path;
import java.util.Optional;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** The engines of each backend, started once per JVM on first use and stopped when the JVM exits. */
final class Engines {

    static final String LOCALSTACK_IMAGE = "localstack/localstack:4.4";

    private static LocalEndpoints dynaliteS3Proxy;
    private static LocalEndpoints localStack;

    private Engines() {
    }

    static synchronized LocalEndpoints of(Backend backend) {
        return switch (backend) {
            case DYNALITE_S3PROXY -> dynaliteS3Proxy != null ? dynaliteS3Proxy : (dynaliteS3Proxy = startDynaliteS3Proxy());
            case LOCALSTACK -> localStack != null ? localStack : (localStack = startLocalStack());
        };
    }

    static Path repositoryRoot() {
        return StorageTemplate.findRepositoryRoot(Path.of(""));
    }

    private static LocalEndpoints startDynaliteS3Proxy() {
        Dynalite dynalite = Dynalite.start(repositoryRoot(), Optional.empty());
        S3ProxyServer s3 = S3ProxyServer.start(Optional.empty());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dynalite.close();
            s3.close();
        }, "local-aws-shutdown"));
        return new LocalEndpoints(dynalite.endpoint(), s3.endpoint(), LocalCredentials.REGION,
                LocalCredentials.ACCESS_KEY_ID, LocalCredentials.SECRET_ACCESS_KEY);
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static LocalEndpoints startLocalStack() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(LOCALSTACK_IMAGE))
                .withServices(LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.S3);
        container.start();
        return new LocalEndpoints(container.getEndpoint(), container.getEndpoint(), container.getRegion(),
                container.getAccessKey(), container.getSecretKey());
    }
}
