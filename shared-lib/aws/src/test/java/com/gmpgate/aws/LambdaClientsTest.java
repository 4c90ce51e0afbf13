package com.gmpgate.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class LambdaClientsTest {

    private static final Optional<URI> DYNALITE = Optional.of(URI.create("http://127.0.0.1:4567"));
    private static final Map<String, String> LAMBDA = Map.of(
            LambdaClients.REGION, "ap-northeast-2",
            LambdaClients.ACCESS_KEY_ID, "ASIAEXAMPLE",
            LambdaClients.SECRET_ACCESS_KEY, "secret",
            LambdaClients.SESSION_TOKEN, "token");

    @Test
    void target_inLambda_isTheRegionAndTheRolesCredentialsFromTheEnvironment_withoutAnEndpoint() {
        LambdaClients.Target target = LambdaClients.target(LAMBDA, Optional.empty());

        assertThat(target.region()).isEqualTo(Region.AP_NORTHEAST_2);
        assertThat(target.endpoint()).isEmpty();
        assertThat(target.credentials().resolveCredentials()).isInstanceOfSatisfying(AwsSessionCredentials.class, c -> {
            assertThat(c.accessKeyId()).isEqualTo("ASIAEXAMPLE");
            assertThat(c.secretAccessKey()).isEqualTo("secret");
            assertThat(c.sessionToken()).isEqualTo("token");
        });
    }

    @Test
    void target_failsAtStart_namingTheRegion_whenAwsHasNone() {
        assertThatThrownBy(() -> LambdaClients.target(Map.of(LambdaClients.REGION, " "), Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("environment variable AWS_REGION must be set");
    }

    @Test
    void target_ofALocalEngine_isItsEndpoint_theLocalRegion_andFixedCredentials_whenTheEnvironmentHasNone() {
        LambdaClients.Target target = LambdaClients.target(Map.of(), DYNALITE);

        assertThat(target.endpoint()).isEqualTo(DYNALITE);
        assertThat(target.region()).isEqualTo(Region.US_EAST_1);
        assertThat(target.credentials().resolveCredentials().accessKeyId()).isEqualTo("local");
    }

    @Test
    void target_ofALocalEngine_keepsTheRegionAndCredentialsTheEnvironmentSets() {
        LambdaClients.Target target = LambdaClients.target(LAMBDA, DYNALITE);

        assertThat(target.region()).isEqualTo(Region.AP_NORTHEAST_2);
        assertThat(target.credentials().resolveCredentials().accessKeyId()).isEqualTo("ASIAEXAMPLE");
    }

    @Test
    void target_outsideLambda_withoutCredentialsInTheEnvironment_usesTheDefaultChain() {
        // the admin CLI (gmp-admin) against AWS: a profile or SSO, as the AWS CLI finds them
        assertThat(LambdaClients.target(Map.of(LambdaClients.REGION, "us-west-2"), Optional.empty()).credentials())
                .isInstanceOf(DefaultCredentialsProvider.class);
    }
}
