package com.gmpgate.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.local.sam.ApiRoute;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole system through real HTTP, as a browser would drive it: local-api on a random port with the
 * repository's template.yaml, dynalite and S3Proxy, the demo data, and every service's real handler. The walk:
 * login → today's template → a wound photo uploaded to the presigned URL and analysed → submission → PASS with a
 * QR pass → gate verify → access log. The gate and access-log steps run once the template declares their routes
 * (qr-service, access-log-service); until then the walk says which steps it skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullWalkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = LocalApiOptions.DEFAULT_API_KEY;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @TempDir
    static Path dataDir;
    private static LocalApi api;
    private static Http http;
    private static Set<String> routes;

    // carried from step to step
    private static String workerToken;
    private static String workerId;
    private static String adminToken;
    private static JsonNode pass;

    @BeforeAll
    static void start() {
        LocalApiOptions options = TestLocalApi.options(dataDir, KEY)
                // the walk checks the pass token itself at the gate: the demo site as a static-pass site (a kiosk)
                .withParameter("StaticPassSites", "demo-site");
        api = LocalApi.start(options, TestLocalApi.log(LOG));
        http = new Http(api.baseUri());
        routes = api.application().routes().stream().map(ApiRoute::key).collect(Collectors.toSet());
    }

    @AfterAll
    static void stop() {
        api.close();
        System.out.println("---- local-api log of the walk ----\n" + LOG.toString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(String method, String path, String token, Object body) {
        HttpRequest.Builder request = http.request(path).header("x-api-key", KEY);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Http.toJson(body)));
        }
        return http.send(request);
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(status);
        return Http.json(response);
    }

    private static JsonNode login(String loginId, String password) {
        return ok(call("POST", "/v1/auth/login", null, Map.of("loginId", loginId, "password", password)), 200);
    }

    @Test
    @Order(1)
    void theDemoAccounts_canLogIn() {
        JsonNode admin = login("admin", LocalApiOptions.DEFAULT_ADMIN_PASSWORD);
        assertThat(admin.at("/user/role").asText()).isEqualTo("ADMIN");
        assertThat(admin.at("/user/siteId").asText()).isEqualTo("demo-site");
        adminToken = admin.get("accessToken").asText();
        assertThat(login("worker2", "worker1234!").at("/user/role").asText()).isEqualTo("WORKER");

        JsonNode worker = login("worker1", "worker1234!");
        workerToken = worker.get("accessToken").asText();
        workerId = worker.at("/user/id").asText();
        assertThat(ok(call("GET", "/v1/auth/me", workerToken, null), 200).get("loginId").asText()).isEqualTo("worker1");
    }

    @Test
    @Order(2)
    void withoutATokenOrKey_theGatewayRefuses() {
        assertThat(call("GET", "/v1/checklist/template", null, null).statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/v1/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void theWorker_getsTodaysTemplate() {
        JsonNode template = ok(call("GET", "/v1/checklist/template", workerToken, null), 200);
        assertThat(template.get("rulePack").asText()).isEqualTo("kr-food-haccp");
        assertThat(template.get("items").findValuesAsText("id")).contains("temperature", "hand_wound", "hands_washed");
    }

    @Test
    @Order(4)
    void aWoundPhoto_goesStraightToS3ThroughThePresignedUrl_andWaitsForASupervisor() throws Exception {
        byte[] photo = photo();
        JsonNode upload = ok(call("POST", "/v1/ai/uploads", workerToken,
                Map.of("contentType", "image/jpeg", "contentLength", photo.length)), 201);
        URI uploadUrl = URI.create(upload.get("uploadUrl").asText());
        assertThat(uploadUrl.getPort()).as("the presigned URL points at S3Proxy")
                .isEqualTo(api.engines().s3Endpoint().orElseThrow().getPort());
        HttpRequest.Builder put = HttpRequest.newBuilder(uploadUrl).PUT(HttpRequest.BodyPublishers.ofByteArray(photo));
        upload.get("headers").properties().forEach(h -> {
            if (!h.getKey().equalsIgnoreCase("content-length")) { // the client sets it from the body
                put.header(h.getKey(), h.getValue().asText());
            }
        });
        assertThat(http.send(put).statusCode()).isEqualTo(200);

        JsonNode analysis = ok(call("POST", "/v1/ai/analyses", workerToken,
                Map.of("imageKey", upload.get("imageKey").asText())), 201);
        assertThat(analysis.get("provider").asText()).as("no Bedrock locally").isEqualTo("manual");
        assertThat(analysis.get("status").asText()).isEqualTo("NEEDS_REVIEW");
    }

    /** A real JPEG, as a phone's browser sends it after shrinking the photo. */
    private static byte[] photo() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xE0B090));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new java.awt.Color(0xA03030));
        g.fillOval(280, 200, 80, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    @Order(5)
    void aHealthySubmission_passes_withASignedQrPass() throws Exception {
        JsonNode event = JSON.readTree(RepoFiles.resolve("events/checklist/submit-healthy.json").toFile());
        ObjectNode body = (ObjectNode) JSON.readTree(event.get("body").asText());
        body.put("clientSubmissionId", UUID.randomUUID().toString());

        JsonNode submission = ok(call("POST", "/v1/checklist/submissions", workerToken, body), 201);
        assertThat(submission.get("verdict").asText()).isEqualTo("PASS");
        assertThat(submission.get("workerId").asText()).isEqualTo(workerId);
        pass = submission.get("pass");
        assertThat(pass.get("token").asText()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

        HttpResponse<String> replay = call("POST", "/v1/checklist/submissions", workerToken, body);
        assertThat(replay.statusCode()).isIn(200, 201);
        JsonNode again = Http.json(replay);
        assertThat(again.get("id").asText()).as("the same clientSubmissionId, the first result")
                .isEqualTo(submission.get("id").asText());
        JsonNode mine = ok(call("GET", "/v1/checklist/submissions", workerToken, null), 200);
        assertThat(mine.get("items").findValuesAsText("id")).contains(submission.get("id").asText());
    }

    @Test
    @Order(6)
    void atTheGate_theAdminVerifiesThePass() {
        if (!routes.contains("POST /v1/qr/verify")) {
            System.out.println("FullWalkIT: gate verify skipped: template.yaml has no POST /v1/qr/verify yet");
            return;
        }
        JsonNode result = ok(call("POST", "/v1/qr/verify", adminToken, Map.of("token", pass.get("token").asText(),
                "gateId", "gate-1", "direction", "IN")), 200);
        assertThat(result.get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(result.at("/worker/id").asText()).isEqualTo(workerId);

        JsonNode keys = ok(call("GET", "/v1/qr/keys", null, null), 200);
        assertThat(keys.get("keys")).as("the public JWKS the gate app verifies offline with").isNotEmpty();
        HttpResponse<String> again = call("POST", "/v1/qr/verify", adminToken, Map.of("token",
                pass.get("token").asText(), "gateId", "gate-1", "direction", "IN"));
        assertThat(Http.json(again).get("reason").asText()).as("anti-passback").isEqualTo("ALREADY_INSIDE");
    }

    @Test
    @Order(7)
    void theAccessLog_showsTheEntry() {
        if (!routes.contains("GET /v1/access-log/entries") || !routes.contains("POST /v1/qr/verify")) {
            System.out.println("FullWalkIT: access log skipped: template.yaml has no GET /v1/access-log/entries yet");
            return;
        }
        JsonNode entries = ok(call("GET", "/v1/access-log/entries", adminToken, null), 200);
        assertThat(entries.get("items")).anySatisfy(entry -> {
            assertThat(entry.get("workerId").asText()).isEqualTo(workerId);
            assertThat(entry.get("direction").asText()).isEqualTo("IN");
            assertThat(entry.get("result").asText()).isEqualTo("ACCEPTED");
        });
        if (routes.contains("GET /v1/access-log/presence")) {
            JsonNode presence = ok(call("GET", "/v1/access-log/presence", adminToken, null), 200);
            assertThat(presence.get("inside").findValuesAsText("workerId")).contains(workerId);
        }
    }

    @Test
    @Order(8)
    void thePassImage_isPngBytes_toAPlainGetAsCurlOrAnImgSendsIt_whileJsonRoutesStayText() {
        // BinaryMediaTypes */* (template.yaml): API Gateway decodes the base64 reply whatever the first Accept type
        String path = "/v1/qr/passes/" + pass.get("id").asText() + "/image";
        for (String accept : new String[] {"*/*", "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"}) {
            HttpResponse<byte[]> image = http.sendBytes(http.request(path).header("x-api-key", KEY)
                    .header("Authorization", "Bearer " + workerToken).header("Accept", accept).GET());
            assertThat(image.statusCode()).as("Accept " + accept).isEqualTo(200);
            assertThat(image.headers().firstValue("content-type")).as("Accept " + accept).hasValue("image/png");
            assertThat(image.body()).as("Accept " + accept + ": PNG signature, not base64 text")
                    .startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        }
        HttpResponse<String> json = http.send(http.request("/v1/auth/me").header("x-api-key", KEY)
                .header("Authorization", "Bearer " + workerToken).header("Accept", "*/*").GET());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(Http.json(json).get("loginId").asText()).as("a JSON reply passes through as text").isEqualTo("worker1");
    }

    /**
     * Issue 12 item 7 through the gateway as API Gateway passes headers: a browser's login (it sends Origin) gets
     * the refresh token only as the HttpOnly cookie on /v1/auth, and the cookie alone refreshes the session.
     */
    @Test
    @Order(9)
    void aBrowsersRefreshToken_travelsOnlyAsTheHttpOnlyCookie_throughTheGateway() {
        HttpResponse<String> login = http.send(http.request("/v1/auth/login").header("x-api-key", KEY)
                .header("Content-Type", "application/json").header("Origin", api.baseUri().toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("{\"loginId\":\"worker2\",\"password\":\"worker1234!\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(Http.json(login).has("refreshToken")).as("no refresh token for script to read").isFalse();
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("gmp_refresh=").contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/v1/auth");

        HttpResponse<String> refreshed = http.send(http.request("/v1/auth/refresh").header("x-api-key", KEY)
                .header("Origin", api.baseUri().toString().replaceAll("/$", ""))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(Http.json(refreshed).get("accessToken").asText()).isNotBlank();
        assertThat(refreshed.headers().firstValue("Set-Cookie").orElseThrow())
                .as("rotated on every use").startsWith("gmp_refresh=").isNotEqualTo(cookie);
    }
}
