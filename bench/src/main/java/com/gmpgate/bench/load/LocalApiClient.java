package com.gmpgate.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The setup a load needs, through local-api's own API: the admin's token, load workers (created by the admin),
 * their tokens, and a pass for each from a healthy screening.
 */
final class LocalApiClient implements AutoCloseable {

    static final String WORKER_PASSWORD = "Load-test-pass-42!";
    static final ObjectMapper JSON = new ObjectMapper();

    private final RawHttp http;
    private final String apiKeyHeader;

    LocalApiClient(InetSocketAddress server, String apiKey) {
        this.http = new RawHttp(server, null);
        this.apiKeyHeader = "x-api-key: " + apiKey + "\r\n";
    }

    String apiKeyHeader() {
        return apiKeyHeader;
    }

    String bearer(String token) {
        return apiKeyHeader + "Authorization: Bearer " + token + "\r\n";
    }

    static String loginBody(String loginId, String password) {
        ObjectNode body = JSON.createObjectNode().put("loginId", loginId).put("password", password);
        return body.toString();
    }

    String login(String loginId, String password) throws IOException {
        return call(RawHttp.Request.post("/v1/auth/login", apiKeyHeader, loginBody(loginId, password)), 200)
                .get("accessToken").asText();
    }

    /** Creates {@code count} workers (or finds them from an earlier run) and logs each in. */
    List<String> workers(String adminToken, int count) throws IOException {
        List<String> loginIds = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String loginId = "load-w-" + i;
            ObjectNode body = JSON.createObjectNode().put("loginId", loginId).put("displayName", "부하 " + i)
                    .put("password", WORKER_PASSWORD).put("role", "WORKER").put("department", "부하시험");
            RawHttp.Response reply = http.send(RawHttp.Request.post("/v1/auth/users", bearer(adminToken),
                    body.toString()));
            if (reply.status() != 201 && reply.status() != 409) {
                throw new IOException("creating " + loginId + ": " + reply.status() + " " + reply.text());
            }
            loginIds.add(loginId);
        }
        return loginIds;
    }

    /** The healthy screening of the site's current checklist (every symptom no, every hygiene step done). */
    String healthyBody(String workerToken) throws IOException {
        JsonNode template = call(RawHttp.Request.get("/v1/checklist/template", bearer(workerToken)), 200);
        ObjectNode body = JSON.createObjectNode().put("clientSubmissionId", "CLIENT-ID")
                .put("templateId", template.get("id").asText()).put("templateVersion", template.get("version").asInt());
        ObjectNode answers = body.putObject("answers");
        for (JsonNode item : template.get("items")) {
            String type = item.path("type").asText();
            String id = item.get("id").asText();
            if (type.equalsIgnoreCase("number")) {
                answers.put(id, 36.5);
            } else if (type.equalsIgnoreCase("boolean")) {
                answers.put(id, item.path("category").asText().equalsIgnoreCase("hygiene"));
            }
        }
        body.putArray("photos");
        return body.toString();
    }

    /** A pass token for the worker: one healthy submission. */
    String pass(String workerToken, String healthyBody) throws IOException {
        JsonNode reply = call(RawHttp.Request.post("/v1/checklist/submissions", bearer(workerToken),
                healthyBody.replace("CLIENT-ID", UUID.randomUUID().toString())), 201);
        JsonNode token = reply.path("pass").path("token");
        if (token.isMissingNode()) {
            throw new IOException("the healthy screening got no pass: " + reply);
        }
        return token.asText();
    }

    JsonNode call(RawHttp.Request request, int expected) throws IOException {
        RawHttp.Response reply = http.send(request);
        if (reply.status() != expected) {
            throw new IOException(request.method() + " " + request.path() + ": " + reply.status() + " " + reply.text());
        }
        return JSON.readTree(reply.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
