package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's FAIL on local-api reaches the supervisors' alert: checklist-service publishes ChecklistEvaluated on the
 * in-process bus, local-api matches ChecklistAlertRule and invokes NotificationFunction, whose local stand-in of the
 * SNS topic writes the data dir's outbox. And the same decision reaches an open admin socket of the template's
 * WebSocket API (authorizer, $connect, LiveUpdatesRule → LiveUpdatesFunction → the management API's stand-in).
 */
class AlertsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = LocalApiOptions.DEFAULT_API_KEY;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @TempDir
    static Path dataDir;
    private static LocalApi api;
    private static Http http;

    @BeforeAll
    static void start() {
        api = LocalApi.start(TestLocalApi.options(dataDir, KEY), TestLocalApi.log(LOG));
        http = new Http(api.baseUri());
    }

    @AfterAll
    static void stop() {
        api.close();
        System.out.println("---- local-api log ----\n" + LOG.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode call(String method, String path, String token, Object body, int status) {
        HttpRequest.Builder request = http.request(path).header("x-api-key", KEY)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Http.toJson(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return Http.json(response);
    }

    @Test
    void aWorkersFail_writesOneAlertToTheOutbox_linkingToTheCaseInThisAdminApp() throws Exception {
        String token = call("POST", "/v1/auth/login", null, Map.of("loginId", "worker2", "password", "worker1234!"),
                200).get("accessToken").asText();
        JsonNode event = JSON.readTree(RepoFiles.resolve("events/checklist/submit-healthy.json").toFile());
        ObjectNode body = (ObjectNode) JSON.readTree(event.get("body").asText());
        body.put("clientSubmissionId", UUID.randomUUID().toString());
        ((ObjectNode) body.get("answers")).put("vomiting", true);

        JsonNode submission = call("POST", "/v1/checklist/submissions", token, body, 201);
        assertThat(submission.get("verdict").asText()).isEqualTo("FAIL");

        Path outbox = dataDir.resolve("alerts/outbox.jsonl");
        String id = submission.get("id").asText();
        List<String> lines = awaitLines(outbox, id, Duration.ofSeconds(20));
        assertThat(lines).as("one alert for this FAIL").hasSize(1);
        JsonNode alert = JSON.readTree(lines.get(0));
        assertThat(alert.get("siteId").asText()).isEqualTo("demo-site");
        JsonNode message = JSON.readTree(alert.get("message").asText());
        assertThat(message.get("email").asText()).contains("출입 제외(FAIL)",
                api.baseUri().resolve("admin/review/" + submission.get("id").asText()).toString());
    }

    /** The outbox lines naming the submission, once the first has appeared. */
    private static List<String> awaitLines(Path file, String submissionId, Duration within) throws IOException,
            InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file) && Files.readString(file).contains(submissionId)) {
                Thread.sleep(300); // a duplicate would come right after: give it the chance to show
                break;
            }
            Thread.sleep(100);
        }
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> l.contains(submissionId)).toList()
                : List.of();
    }

    private static String token(String login, String password) {
        return call("POST", "/v1/auth/login", null, Map.of("loginId", login, "password", password), 200)
                .get("accessToken").asText();
    }

    private static java.util.concurrent.CompletableFuture<java.net.http.WebSocket> open(String token,
            java.util.concurrent.BlockingQueue<String> received) {
        String url = Http.json(http.send(http.request("/v1/live/endpoint").header("x-api-key", KEY)
                .header("Authorization", "Bearer " + token("admin", LocalApiOptions.DEFAULT_ADMIN_PASSWORD)).GET()))
                .get("url").asText();
        return java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(java.net.URI.create(url + (token == null ? "" : "?token=" + token)),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket socket,
                                    CharSequence data, boolean last) {
                                received.add(data.toString());
                                socket.request(1);
                                return null;
                            }
                        });
    }

    @Test
    void anOpenAdminSocket_getsTheWorkersDecision_ofItsSite() throws Exception {
        var received = new java.util.concurrent.LinkedBlockingQueue<String>();
        java.net.http.WebSocket socket = open(token("admin", LocalApiOptions.DEFAULT_ADMIN_PASSWORD), received)
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        String worker = token("worker1", "worker1234!");
        JsonNode event = JSON.readTree(RepoFiles.resolve("events/checklist/submit-healthy.json").toFile());
        ObjectNode body = (ObjectNode) JSON.readTree(event.get("body").asText());
        body.put("clientSubmissionId", UUID.randomUUID().toString());
        ((ObjectNode) body.get("answers")).put("diarrhea", true);

        JsonNode submission = call("POST", "/v1/checklist/submissions", worker, body, 201);

        String message = received.poll(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(message).as("a live message").isNotNull();
        JsonNode live = JSON.readTree(message);
        assertThat(live.get("type").asText()).isEqualTo("checklist.evaluated");
        assertThat(live.get("submissionId").asText()).isEqualTo(submission.get("id").asText());
        assertThat(live.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(message).doesNotContain("diarrh", "설사");
        socket.abort();
    }

    @Test
    void aSocketWithoutAToken_orAWorkersToken_isRefused() {
        var received = new java.util.concurrent.LinkedBlockingQueue<String>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(null, received)
                .get(20, java.util.concurrent.TimeUnit.SECONDS)).hasCauseInstanceOf(
                java.net.http.WebSocketHandshakeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(token("worker2", "worker1234!"), received)
                .get(20, java.util.concurrent.TimeUnit.SECONDS)).hasCauseInstanceOf(
                java.net.http.WebSocketHandshakeException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open("not-a-token", received)
                .get(20, java.util.concurrent.TimeUnit.SECONDS)).hasCauseInstanceOf(
                java.net.http.WebSocketHandshakeException.class);
    }
}
