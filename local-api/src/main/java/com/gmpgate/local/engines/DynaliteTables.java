package com.gmpgate.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One ListTables on dynalite over its JSON wire protocol. On a restart every table is there already, and this
 * call is all the start needs: building an SDK DynamoDbClient costs seconds of class loading on a busy machine,
 * and the functions build their own anyway. (dynalite wants an Authorization header of the right shape; it does
 * not check the signature.)
 */
final class DynaliteTables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DynaliteTables() {
    }

    static Set<String> list(URI endpoint) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("X-Amz-Date", "20200101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Limit\":100}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Set<String> names = new LinkedHashSet<>();
            if (response.statusCode() == 200) {
                JsonNode tables = JSON.readTree(response.body()).path("TableNames");
                tables.forEach(name -> names.add(name.asText()));
            }
            return names;
        } catch (IOException e) {
            throw new com.gmpgate.localaws.LocalAwsException("dynalite at " + endpoint + " does not answer (" + e
                    + "). Is another dynalite using the same data directory? Its LevelDB lock lets only one in.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new com.gmpgate.localaws.LocalAwsException("interrupted while listing dynalite's tables", e);
        }
    }
}
