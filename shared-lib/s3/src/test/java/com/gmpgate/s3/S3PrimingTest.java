package com.gmpgate.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.fakes.ConnectionCounter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

class S3PrimingTest {

    private static final Map<String, String> IN_AWS = Map.of(S3Settings.REGION, "eu-west-1",
            S3Settings.ACCESS_KEY_ID, "AKIDPRIMING", S3Settings.SECRET_ACCESS_KEY, "priming-secret");

    @Test
    void prime_putsGetsDeletesAndPresigns_allSignedForTheRealBucketEndpoint_withoutANetwork() {
        assertThat(S3Priming.prime(IN_AWS)).containsExactly(
                "PutObjectRequest priming.s3.eu-west-1.amazonaws.com signed",
                "GetObjectRequest priming.s3.eu-west-1.amazonaws.com signed",
                "DeleteObjectRequest priming.s3.eu-west-1.amazonaws.com signed",
                "PresignedPutObject priming.s3.eu-west-1.amazonaws.com signed",
                "PresignedGetObject priming.s3.eu-west-1.amazonaws.com signed");
    }

    @Test
    void prime_opensNoSocket_whereThePhotoStoresClientDoes() {
        Map<String, String> local = new HashMap<>(IN_AWS);
        try (ConnectionCounter port = ConnectionCounter.start()) {
            local.put(S3Settings.ENDPOINT, port.uri().toString());
            assertThat(S3Priming.prime(local)).first().asString().endsWith("127.0.0.1 signed");
            assertThat(port.connections()).isZero();

            assertThatThrownBy(() -> S3Clients.create(S3Settings.of(local)).client()
                    .getObjectAsBytes(get -> get.bucket("images").key("a.jpg")))
                    .isInstanceOf(SdkException.class);
            assertThat(port.connections()).isPositive();
        }
    }
}
