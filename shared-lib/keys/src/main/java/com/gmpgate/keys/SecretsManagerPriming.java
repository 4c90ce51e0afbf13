package com.gmpgate.keys;

import com.gmpgate.aws.CannedHttp;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * SnapStart priming of the key rings' Secrets Manager client without a network ({@link CannedHttp}): one read of a
 * secret holding the template's empty set through {@link SecretsManagerKeys}, as a key ring's reload reads it.
 */
public final class SecretsManagerPriming {

    private SecretsManagerPriming() {
    }

    /** @return what was sent ({@link CannedHttp.Sent}), all answered by the canned client */
    public static List<String> prime(Map<String, String> environment) {
        return prime(KeyRingStore.secretsManagerBuilder(environment));
    }

    static List<String> prime(SecretsManagerClientBuilder builder) {
        CannedHttp.Sent sent = new CannedHttp.Sent();
        try (SecretsManagerClient client = CannedHttp.build(builder,
                "{\"Name\":\"priming\",\"SecretString\":\"{\\\"keys\\\":[]}\"}", sent)) {
            SecretsManagerKeys.read(client, "priming");
        }
        return sent.lines();
    }
}
