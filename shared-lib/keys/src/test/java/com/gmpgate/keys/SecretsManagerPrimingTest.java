package com.gmpgate.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.ConnectionCounter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsManagerPrimingTest {

    private static final Map<String, String> IN_AWS = Map.of("AWS_REGION", "ap-northeast-2",
            "AWS_ACCESS_KEY_ID", "AKIDPRIMING", "AWS_SECRET_ACCESS_KEY", "priming-secret");

    @Test
    void prime_readsASecretAsAKeyRingReloadDoes_signedForTheRealEndpoint_withoutANetwork() {
        assertThat(SecretsManagerPriming.prime(IN_AWS))
                .containsExactly("GetSecretValueRequest secretsmanager.ap-northeast-2.amazonaws.com signed");
    }

    @Test
    void prime_opensNoSocket_whereTheKeyRingsClientDoes() {
        try (ConnectionCounter port = ConnectionCounter.start()) {
            SecretsManagerPriming.prime(KeyRingStore.secretsManagerBuilder(IN_AWS).endpointOverride(port.uri()));
            assertThat(port.connections()).isZero();

            assertThatThrownBy(() -> SecretsManagerKeys.read(
                    KeyRingStore.secretsManagerBuilder(IN_AWS).endpointOverride(port.uri()).build(), "keys"))
                    .isInstanceOf(KeyUnavailableException.class);
            assertThat(port.connections()).isPositive();
        }
    }
}
