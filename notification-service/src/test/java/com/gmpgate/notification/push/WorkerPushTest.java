package com.gmpgate.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.domain.notify.PushSubscription;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.notification.application.WorkerNotices;
import com.gmpgate.port.PushSubscriptions;
import com.gmpgate.port.WorkerPush;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The worker's app subscribing (real API Gateway REST events with the authorizer's context) and a review's decision
 * pushed to their browsers (the real EventBridge envelope, aws-lambda-java-libs cloudwatch_event.json), on a faked
 * store and push service.
 */
class WorkerPushTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T = Instant.parse("2026-03-02T06:40:00Z");
    static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    final Map<String, PushSubscription> stored = new ConcurrentHashMap<>();
    final PushSubscriptions store = new PushSubscriptions() {
        @Override
        public void save(PushSubscription s) {
            stored.put(s.workerId() + " " + s.endpoint(), s);
        }

        @Override
        public List<PushSubscription> ofWorker(String workerId) {
            return stored.values().stream().filter(s -> s.workerId().equals(workerId)).toList();
        }

        @Override
        public void remove(String workerId, URI endpoint) {
            stored.remove(workerId + " " + endpoint);
        }
    };
    final Set<URI> gone = ConcurrentHashMap.newKeySet();
    final List<String> pushed = new ArrayList<>();
    final WorkerPush push = (subscription, message) -> {
        if (gone.contains(subscription.endpoint())) {
            return false;
        }
        pushed.add(subscription.endpoint() + " " + message);
        return true;
    };
    final WorkerNotices notices = new WorkerNotices(store, push, new MutableClock(T));
    final PushSubscriptionsHandler api = new PushSubscriptionsHandler(notices, () -> "BP4z-key", new MutableClock(T),
            CorsPolicy.none());

    ApiResponse call(RestEvent event) throws Exception {
        return api.dispatcher().handle(event.header("x-api-key", "local-dev-key").bearer("t").bytes(),
                new FakeLambdaContext());
    }

    static String body(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + auth + "\"}}";
    }

    @Test
    void aWorker_getsTheKey_andTheirBrowsersSubscriptionIsKeptUnderThem() throws Exception {
        ApiResponse key = call(RestEvent.get("/v1/notifications/push-key").caller("w-kim", "WORKER", "demo-site"));
        ApiResponse kept = call(RestEvent.post("/v1/notifications/push-subscriptions")
                .json(body("https://fcm.googleapis.com/fcm/send/abc", P256DH, AUTH))
                .caller("w-kim", "WORKER", "demo-site"));

        assertThat(JSON.readTree(key.body()).get("publicKey").asText()).isEqualTo("BP4z-key");
        assertThat(kept.statusCode()).isEqualTo(204);
        assertThat(stored.values()).singleElement().satisfies(s -> {
            assertThat(s.workerId()).isEqualTo("w-kim");
            assertThat(s.siteId()).isEqualTo("demo-site");
            assertThat(s.endpoint()).hasToString("https://fcm.googleapis.com/fcm/send/abc");
            assertThat(s.subscribedAt()).isEqualTo(T);
        });
    }

    @Test
    void onlyHttpsPushEndpoints_andRealKeys_areTaken() throws Exception {
        for (String bad : List.of(body("http://10.0.0.5/internal", P256DH, AUTH),
                body("https://user@push.example/x", P256DH, AUTH),
                body("https://push.example/x", P256DH.substring(1), AUTH),
                body("https://push.example/x", P256DH, "c2hvcnQ"))) {
            ApiResponse reply = call(RestEvent.post("/v1/notifications/push-subscriptions").json(bad)
                    .caller("w-kim", "WORKER", "demo-site"));
            assertThat(reply.statusCode()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(reply.body()).at("/error/code").asText()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(stored).isEmpty();
    }

    @Test
    void anAdmin_subscribesNothing() throws Exception {
        ApiResponse reply = call(RestEvent.post("/v1/notifications/push-subscriptions")
                .json(body("https://push.example/x", P256DH, AUTH)).caller("u-admin", "ADMIN", "demo-site"));

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(stored).isEmpty();
    }

    @Test
    void aReviewsDecision_isPushedToTheWorkersBrowsers_withoutAReason_andGoneOnesAreForgotten() throws Exception {
        notices.subscribe("w-kim", "demo-site", URI.create("https://push.example/phone"), P256DH, AUTH);
        notices.subscribe("w-kim", "demo-site", URI.create("https://push.example/old-tablet"), P256DH, AUTH);
        notices.subscribe("w-lee", "demo-site", URI.create("https://push.example/lee"), P256DH, AUTH);
        gone.add(URI.create("https://push.example/old-tablet"));

        new WorkerPushHandler(notices).handleRequest(stream(event("REVIEW", "CONDITIONAL_PASS")),
                new ByteArrayOutputStream(), new FakeLambdaContext());

        assertThat(pushed).singleElement().asString().startsWith("https://push.example/phone ")
                .contains("\"type\":\"review.decided\"", "\"submissionId\":\"s-1\"", "\"verdict\":\"CONDITIONAL_PASS\"")
                .doesNotContain("reason", "wound");
        assertThat(stored.keySet()).containsExactlyInAnyOrder("w-kim https://push.example/phone",
                "w-lee https://push.example/lee");
    }

    @Test
    void aSubmissionsOwnVerdict_isNotPushed_theWorkerIsLookingAtIt() throws Exception {
        notices.subscribe("w-kim", "demo-site", URI.create("https://push.example/phone"), P256DH, AUTH);

        new WorkerPushHandler(notices).handleRequest(stream(event("SUBMISSION", "PENDING_REVIEW")),
                new ByteArrayOutputStream(), new FakeLambdaContext());

        assertThat(pushed).isEmpty();
    }

    ObjectNode event(String trigger, String verdict) throws Exception {
        ObjectNode bus = (ObjectNode) JSON.readTree(getClass().getResourceAsStream(
                "/events/aws-lambda-java-libs_cloudwatch_event.json"));
        bus.put("source", "gmp.checklist").put("detail-type", "ChecklistEvaluated");
        ObjectNode detail = bus.putObject("detail").put("submissionId", "s-1").put("siteId", "demo-site")
                .put("workerId", "w-kim").put("siteDate", "2026-03-02").put("verdict", verdict)
                .put("trigger", trigger).put("occurredAt", T.toString());
        if (trigger.equals("REVIEW")) {
            detail.put("reviewerId", "u-admin");
        }
        return bus;
    }

    static ByteArrayInputStream stream(JsonNode event) {
        return new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8));
    }
}
