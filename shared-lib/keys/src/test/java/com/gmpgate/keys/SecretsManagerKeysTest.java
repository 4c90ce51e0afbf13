package com.gmpgate.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.crypto.StoredKeys;
import com.gmpgate.fakes.AwsJsonStub;
import com.gmpgate.fakes.AwsJsonStub.Reply;
import java.net.URI;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Against a stand-in that keeps Secrets Manager's version semantics, with the real SDK client. */
class SecretsManagerKeysTest {

    static final String SECRET = "pass-keys";

    /** Secrets Manager's versions: a client request token names one value for good. */
    static final class Secret {
        final Map<String, String> versions = new LinkedHashMap<>();
        String current;

        Secret(String initial) {
            current = UUID.randomUUID().toString();
            versions.put(current, initial);
        }

        Reply handle(String operation, JsonNode request) {
            var json = AwsJsonStub.json();
            return switch (operation) {
                case "GetSecretValue" -> Reply.ok(json.createObjectNode().put("Name", SECRET)
                        .put("VersionId", current).put("SecretString", versions.get(current)));
                case "PutSecretValue" -> {
                    String token = request.get("ClientRequestToken").asText();
                    String value = request.get("SecretString").asText();
                    String existing = versions.get(token);
                    if (existing != null && !existing.equals(value)) {
                        yield Reply.error(400, "ResourceExistsException", "version exists with another value");
                    }
                    versions.put(token, value);
                    current = token;
                    yield Reply.ok(json.createObjectNode().put("Name", SECRET).put("VersionId", token));
                }
                default -> Reply.error(400, "InvalidRequestException", operation);
            };
        }
    }

    AwsJsonStub stub;

    SecretsManagerClient client(URI endpoint) {
        return SecretsManagerClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void anEmptySecret_isFilledWithOneKey_underAVersionDerivedFromTheEmptyOne() {
        Secret secret = new Secret("{\"keys\":[]}");
        String emptyVersion = secret.current;
        stub = new AwsJsonStub(secret::handle);

        StoredKeys keys = SecretsManagerKeys.readOrBootstrap(client(stub.endpoint()), SECRET, new SecureRandom());

        assertThat(secret.current).isEqualTo(SecretsManagerKeys.bootstrapVersionId(emptyVersion));
        assertThat(StoredKeys.parse(secret.versions.get(secret.current)).signingKey().kid())
                .isEqualTo(keys.signingKey().kid());
        assertThat(SecretsManagerKeys.read(client(stub.endpoint()), SECRET)).hasValueSatisfying(
                read -> assertThat(read.signingKey().kid()).isEqualTo(keys.signingKey().kid()));
    }

    @Test
    void whenAnotherColdStartFilledItFirst_itsKeyIsTheOne() {
        Secret secret = new Secret("{\"keys\":[]}");
        StoredKeys theirs = new StoredKeys(SigningKey.generate(new SecureRandom()), List.of());
        String emptyVersion = secret.current;
        stub = new AwsJsonStub((operation, request) -> {
            if (operation.equals("PutSecretValue") && secret.current.equals(emptyVersion)) {
                // the other starter's put lands between our read and our put
                secret.versions.put(SecretsManagerKeys.bootstrapVersionId(emptyVersion), theirs.toJson());
                secret.current = SecretsManagerKeys.bootstrapVersionId(emptyVersion);
            }
            return secret.handle(operation, request);
        });

        StoredKeys keys = SecretsManagerKeys.readOrBootstrap(client(stub.endpoint()), SECRET, new SecureRandom());

        assertThat(keys.signingKey().kid()).isEqualTo(theirs.signingKey().kid());
        assertThat(secret.versions).hasSize(2);
    }

    @Test
    void aFilledSecret_isOnlyRead() {
        StoredKeys stored = new StoredKeys(SigningKey.generate(new SecureRandom()), List.of());
        stub = new AwsJsonStub(new Secret(stored.toJson())::handle);

        StoredKeys keys = SecretsManagerKeys.readOrBootstrap(client(stub.endpoint()), SECRET, new SecureRandom());

        assertThat(keys.signingKey().kid()).isEqualTo(stored.signingKey().kid());
        assertThat(stub.calls()).extracting(AwsJsonStub.Call::operation).containsExactly("GetSecretValue");
    }

    @Test
    void aReaderOfAnEmptySecret_getsNothing_andWritesNothing() {
        stub = new AwsJsonStub(new Secret(" { \"keys\" : [ ] } ")::handle);

        assertThat(SecretsManagerKeys.read(client(stub.endpoint()), SECRET)).isEmpty();
        assertThat(stub.calls()).extracting(AwsJsonStub.Call::operation).containsExactly("GetSecretValue");
    }

    @Test
    void aSecretWithOtherContent_isNeverOverwritten() {
        Secret secret = new Secret("{\"password\":\"something an operator put here\"}");
        stub = new AwsJsonStub(secret::handle);

        assertThatThrownBy(() -> SecretsManagerKeys.readOrBootstrap(client(stub.endpoint()), SECRET,
                new SecureRandom())).isInstanceOf(com.gmpgate.crypto.KeyFormatException.class);
        assertThat(stub.calls()).extracting(AwsJsonStub.Call::operation).containsExactly("GetSecretValue");
    }

    @Test
    void anUnreachableOrRefusingSecretsManager_isAKeyUnavailableException_withoutTheSdksMessage() {
        stub = new AwsJsonStub((operation, request) ->
                Reply.error(400, "AccessDeniedException", "not authorized to perform GetSecretValue"));

        assertThatThrownBy(() -> SecretsManagerKeys.read(client(stub.endpoint()), SECRET))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessage("cannot read the keys from " + SECRET);
    }
}
