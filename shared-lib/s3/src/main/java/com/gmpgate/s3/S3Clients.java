package com.gmpgate.s3;

import com.gmpgate.aws.LambdaClients;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the S3 client and presigner once per execution environment, both from one {@link LambdaClients.Target}
 * (region, credentials, a local engine's endpoint; the client's HTTP client too). Path-style addressing and
 * checksums only where required: S3Proxy does not implement the CRC32 header the SDK adds by default
 * (DESIGN.md section 6), and the adapter never uploads itself (phones PUT through presigned URLs).
 */
public final class S3Clients {

    /** Photos are up to 5 MB: a read gets longer than the other services' 5 s. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    private final S3Client client;
    private final S3Presigner presigner;

    private S3Clients(S3Client client, S3Presigner presigner) {
        this.client = client;
        this.presigner = presigner;
    }

    public static S3Clients create(S3Settings settings) {
        LambdaClients.Target target = target(settings);
        return new S3Clients(clientBuilder(target).build(), presignerBuilder(target).build());
    }

    static LambdaClients.Target target(S3Settings settings) {
        return LambdaClients.target(settings::optional, settings.optional(S3Settings.ENDPOINT).map(URI::create));
    }

    /** The client as {@link #create} sets it up ({@link S3Priming} builds it too). */
    static S3ClientBuilder clientBuilder(LambdaClients.Target target) {
        boolean local = target.endpoint().isPresent();
        return target.apply(S3Client.builder(), SOCKET_TIMEOUT)
                .forcePathStyle(local)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(Duration.ofSeconds(10))
                        .apiCallTimeout(Duration.ofSeconds(20)));
    }

    /** The presigner signs URLs without calling S3: no HTTP client, the same region, credentials and endpoint. */
    static S3Presigner.Builder presignerBuilder(LambdaClients.Target target) {
        var presigner = S3Presigner.builder()
                .region(target.region())
                .credentialsProvider(target.credentials())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(target.endpoint().isPresent()).build());
        target.endpoint().ifPresent(presigner::endpointOverride);
        return presigner;
    }

    public S3Client client() {
        return client;
    }

    public S3Presigner presigner() {
        return presigner;
    }
}
