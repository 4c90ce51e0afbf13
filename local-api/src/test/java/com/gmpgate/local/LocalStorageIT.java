package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * local-api with the repository's template.yaml: dynalite with its tables and S3Proxy with its buckets, files
 * in the data directory, kept across restarts, gone after --reset; stopping local-api stops dynalite.
 */
class LocalStorageIT {

    @TempDir
    Path dataDir;

    private LocalApi start(boolean reset) {
        return LocalApi.start(TestLocalApi.options(dataDir, "k", LocalApiOptions.DEFAULT_ADMIN_PASSWORD, reset),
                TestLocalApi.quiet());
    }

    @Test
    void theTemplatesTablesAndBuckets_exist_andKeepTheirDataAcrossARestart_untilReset() {
        try (LocalApi api = start(false);
                DynamoDbClient dynamoDb = api.engines().endpoints().dynamoDbClient();
                S3Client s3 = api.engines().endpoints().s3Client()) {
            assertThat(dynamoDb.listTables().tableNames()).contains("UsersTable", "SessionsTable", "ChecklistsTable",
                    "AnalysesTable", "PassesTable", "AccessLogsTable", "PresenceTable", "QuotasTable", "WorkerDaysTable");
            assertThat(s3.listBuckets().buckets()).anySatisfy(b -> assertThat(b.name()).isEqualTo("imagesbucket"));
            dynamoDb.putItem(b -> b.tableName("SessionsTable").item(Map.of("pk", AttributeValue.fromS("kept"))));
            s3.putObject(b -> b.bucket("imagesbucket").key("kept.txt"), RequestBody.fromString("photo"));
        }
        assertThat(Files.isDirectory(dataDir.resolve("dynamodb"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("s3"))).isTrue();

        try (LocalApi api = start(false);
                DynamoDbClient dynamoDb = api.engines().endpoints().dynamoDbClient();
                S3Client s3 = api.engines().endpoints().s3Client()) {
            assertThat(dynamoDb.getItem(b -> b.tableName("SessionsTable").key(Map.of("pk", AttributeValue.fromS("kept"))))
                    .hasItem()).isTrue();
            assertThat(s3.getObjectAsBytes(b -> b.bucket("imagesbucket").key("kept.txt")).asUtf8String())
                    .isEqualTo("photo");
        }

        try (LocalApi api = start(true);
                DynamoDbClient dynamoDb = api.engines().endpoints().dynamoDbClient();
                S3Client s3 = api.engines().endpoints().s3Client()) {
            assertThat(dynamoDb.getItem(b -> b.tableName("SessionsTable").key(Map.of("pk", AttributeValue.fromS("kept"))))
                    .hasItem()).isFalse();
            assertThat(s3.listObjectsV2(b -> b.bucket("imagesbucket")).contents()).isEmpty();
        }
    }

    @Test
    void closing_stopsDynalite() {
        ProcessHandle dynalite;
        try (LocalApi api = start(false)) {
            dynalite = api.engines().dynaliteProcess().orElseThrow();
            assertThat(dynalite.isAlive()).isTrue();
            assertThat(Files.readString(dataDir.resolve("dynalite.pid")).strip())
                    .isEqualTo(Long.toString(dynalite.pid()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(dynalite.isAlive()).isFalse();
        assertThat(dataDir.resolve("dynalite.pid")).doesNotExist();
    }

    @Test
    void theImagesBucket_answersTheBrowsersPreflight_forTheAppsOwnOrigin_only() throws Exception {
        try (LocalApi api = start(false)) {
            URI object = api.engines().s3Endpoint().orElseThrow().resolve("/imagesbucket/uploads/x.jpg");
            for (String own : List.of("http://localhost:" + api.port(), "http://127.0.0.1:" + api.port())) {
                HttpResponse<String> preflight = preflight(object, own);
                assertThat(preflight.statusCode()).as(own).isEqualTo(200);
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(own).contains(own);
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PUT");
            }
            // another page, a look-alike (a regex would let 127x0x0x1 through) and another port of this host
            for (String other : List.of("https://evil.example", "http://127x0x0x1:" + api.port(),
                    "http://localhost:" + (api.port() + 1))) {
                HttpResponse<String> preflight = preflight(object, other);
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(other).isEmpty();
            }
        }
    }

    private static HttpResponse<String> preflight(URI object, String origin) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(object)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,if-none-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
