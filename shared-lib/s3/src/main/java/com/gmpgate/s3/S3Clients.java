package com.gmpgate.s3;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the S3 client and presigner once per execution environment. Path-style addressing and
 * checksums only where required: S3Proxy does not implement the CRC32 header the SDK adds by default
 * (DESIGN.md section 6), and the adapter never uploads itself (phones PUT through presigned URLs).
 */
public final class S3Clients {

    static final String LOCAL_REGION = "us-east-1";
    static final String LOCAL_ACCESS_KEY_ID = "local";
    static final String LOCAL_SECRET_ACCESS_KEY = "local-secret";

    private final S3Client client;
    private final S3Presigner presigner;

    private S3Clients(S3Client client, S3Presigner presigner) {
        this.client = client;
        this.presigner = presigner;
    }

    public static S3Clients create(S3Settings settings) {
        Optional<URI> endpoint = settings.optional(S3Settings.ENDPOINT).map(URI::create);
        Region region = Region.of(endpoint.isPresent()
                ? settings.optional(S3Settings.REGION).orElse(LOCAL_REGION)
                : settings.require(S3Settings.REGION));
        AwsCredentialsProvider credentials = credentials(settings, endpoint.isPresent());
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10)))
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(endpoint.isPresent())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(Duration.ofSeconds(10))
                        .apiCallTimeout(Duration.ofSeconds(20)));
        endpoint.ifPresent(builder::endpointOverride);
        var presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(presigner::endpointOverride);
        return new S3Clients(builder.build(), presigner.build());
    }

    public S3Client client() {
        return client;
    }

    public S3Presigner presigner() {
        return presigner;
    }

    private static AwsCredentialsProvider credentials(S3Settings settings, boolean local) {
        var accessKey = settings.optional(S3Settings.ACCESS_KEY_ID);
        var secretKey = settings.optional(S3Settings.SECRET_ACCESS_KEY);
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return StaticCredentialsProvider.create(settings.optional(S3Settings.SESSION_TOKEN)
                    .<AwsCredentials>map(token -> AwsSessionCredentials.create(accessKey.get(), secretKey.get(), token))
                    .orElseGet(() -> AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        }
        if (local) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
