package com.gmpgate.testing;

/** Which engines a {@link LocalAwsTest} class runs against. */
public enum Backend {
    /** dynalite (node, tools/dynalite) and S3Proxy in this JVM: always available, the default. */
    DYNALITE_S3PROXY,
    /**
     * LocalStack in Docker through Testcontainers. Put {@code @Testcontainers(disabledWithoutDocker = true)}
     * on the class too, so it is skipped where no Docker engine runs.
     */
    LOCALSTACK
}
