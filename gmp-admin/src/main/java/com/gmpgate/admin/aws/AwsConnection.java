package com.gmpgate.admin.aws;

import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The operator's AWS session: their own credentials (environment, profile, SSO — the SDK's default chain, as the
 * AWS CLI finds them), a region, and, for tests and local engines only, an endpoint that serves both DynamoDB and
 * CloudFormation (dynalite, moto_server).
 */
public final class AwsConnection implements AutoCloseable {

    private final Region region;
    private final Optional<URI> endpoint;
    private final DynamoDbClient dynamoDb;
    private CloudFormationClient cloudFormation;

    private AwsConnection(Region region, Optional<URI> endpoint, DynamoDbClient dynamoDb) {
        this.region = region;
        this.endpoint = endpoint;
        this.dynamoDb = dynamoDb;
    }

    /**
     * @param region   {@code --region}, else the default chain (AWS_REGION, the profile's region)
     * @param profile  {@code --profile}, else AWS_PROFILE or the default profile
     * @param endpoint {@code --endpoint-url}: local engines, with their fixed test credentials
     * @throws MissingRegionException no region anywhere
     */
    public static AwsConnection open(Optional<String> region, Optional<String> profile, Optional<URI> endpoint) {
        // the SDK's profile file reader takes the profile from this property (as the CLI's --profile)
        profile.ifPresent(name -> System.setProperty("aws.profile", name));
        Region resolved = region.map(Region::of).orElseGet(AwsConnection::defaultRegion);
        Map<String, String> settings = new HashMap<>();
        settings.put(DynamoDbSettings.REGION, resolved.id());
        endpoint.ifPresent(uri -> settings.put(DynamoDbSettings.ENDPOINT, uri.toString()));
        DynamoDbClient dynamoDb = DynamoDbClients.create(DynamoDbSettings.of(settings));
        return new AwsConnection(resolved, endpoint, dynamoDb);
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new MissingRegionException();
        }
    }

    public Region region() {
        return region;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public synchronized CloudFormationClient cloudFormation() {
        if (cloudFormation == null) {
            var builder = CloudFormationClient.builder()
                    .region(region)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()
                            .connectionTimeout(Duration.ofSeconds(5))
                            .socketTimeout(Duration.ofSeconds(20)))
                    .credentialsProvider(credentials());
            endpoint.ifPresent(builder::endpointOverride);
            cloudFormation = builder.build();
        }
        return cloudFormation;
    }

    private AwsCredentialsProvider credentials() {
        // same rule as DynamoDbClients: an endpoint override means local engines and their fixed pair
        return endpoint.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret"))
                : DefaultCredentialsProvider.builder().build();
    }

    @Override
    public synchronized void close() {
        dynamoDb.close();
        if (cloudFormation != null) {
            cloudFormation.close();
        }
    }

    /** Neither {@code --region} nor the environment or profile names a region. */
    public static final class MissingRegionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingRegionException() {
            super("no AWS region: pass --region (e.g. ap-northeast-2) or set AWS_REGION");
        }
    }
}
