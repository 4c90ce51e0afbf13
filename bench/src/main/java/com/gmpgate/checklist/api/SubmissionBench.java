package com.gmpgate.checklist.api;

import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Json;
import com.gmpgate.api.Violations;
import com.gmpgate.checklist.application.ChecklistSettings;
import com.gmpgate.checklist.application.SiteRulePacks;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.checklist.ChecklistTemplate;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAnalysisStore;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemorySubmissionStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RecordingChecklistEvents;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.crypto.KeyRing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A checklist submission. {@code jsonRoundTrip}: the request body read strictly into the route's DTO and validated,
 * then the stored submission mapped to its reply view and written, as {@code POST /v1/checklist/submissions} does
 * around the use case. {@code submitThroughHandler}: the whole route in memory, API Gateway event bytes in and reply
 * out (JSON, answer validation, verdict, pass signing, in-memory stores). In this package because the DTOs are the
 * handler's own (package-private), which is what the benchmark should measure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SubmissionBench {

    static final Instant START = Instant.parse("2026-03-02T00:15:00Z");
    static final String BODY = "{\"clientSubmissionId\":\"7d0a3c52-0f44-4a8e-9a57-5c1d2e3f4a5b\","
            + "\"templateId\":\"kr-food-haccp\",\"templateVersion\":1,\"answers\":{\"temperature\":36.5,"
            + "\"vomiting\":false,\"diarrhea\":false,\"jaundice\":false,\"sore_throat_fever\":false,"
            + "\"reportable_diagnosis\":false,\"hand_wound\":false,\"uniform_clean\":true,\"hair_covered\":true,"
            + "\"jewelry_removed\":true,\"nails_ok\":true,\"hands_washed\":true},\"photos\":[]}";

    private final FakeLambdaContext context = new FakeLambdaContext();
    private ChecklistApiHandler handler;
    private Submission stored;
    private byte[] body;
    private String eventTemplate;
    private long workers;

    /** Fresh stores per iteration; each call is a new worker's first screening of the day. */
    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        InMemorySubmissionStore submissions = new InMemorySubmissionStore();
        handler = new ChecklistApiHandler(ChecklistWiring.of(submissions, new InMemoryWorkerDayStore(),
                new InMemoryPassStore(), new InMemoryAnalysisStore(), new RecordingChecklistEvents(),
                KeyRing.of(SigningKey.generate(new SecureRandom())), SiteRulePacks.shippedDefaults(),
                new ChecklistSettings(ChecklistSettings.DEFAULT_SITE_ZONE, ChecklistSettings.DEFAULT_PASS_LIFETIME,
                        com.gmpgate.domain.retention.Retention.DEFAULT, PassKeys.ISSUER),
                new MutableClock(START), () -> UUID.randomUUID().toString(),
                // the submit route signs nothing: reviews (not measured here) re-enter a password
                new PasswordReentry(new InMemoryUserStore(), new Argon2idPasswordHasher(
                        Argon2idPasswordHasher.Settings.OWASP, new SecureRandom()),
                        new LoginThrottle(new InMemoryAttemptCounter())),
                new InMemoryAuditTrail(), ClientAddress.SOURCE_IP, CorsPolicy.none()));
        ChecklistTemplate template = RulePacks.shipped().defaultPack().template();
        String bodyJson = BODY.replace("\"templateId\":\"kr-food-haccp\",\"templateVersion\":1",
                "\"templateId\":\"" + template.id() + "\",\"templateVersion\":" + template.version());
        body = bodyJson.getBytes(StandardCharsets.UTF_8);
        // built once; each call only swaps in its worker and client id (building the event is not the route's work)
        eventTemplate = new String(RestEvent.post("/v1/checklist/submissions")
                .json(bodyJson.replace("7d0a3c52-0f44-4a8e-9a57-5c1d2e3f4a5b", "CLIENT-ID"))
                .header("x-api-key", "local-dev-key").bearer("placeholder-access-token")
                .caller("WORKER-ID", "WORKER", "demo-site").bytes(), StandardCharsets.UTF_8);
        ApiResponse reply = submitThroughHandler();
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("the benchmark's submission was refused: " + reply.body());
        }
        stored = submissions.all().get(0);
        workers = 0;
    }

    @Benchmark
    public String jsonRoundTrip() throws IOException {
        ChecklistBodies.Submit submit = Json.mapper().readValue(body, ChecklistBodies.Submit.class);
        Violations violations = new Violations();
        submit.validate(violations);
        violations.throwIfAny();
        return Json.write(ChecklistViews.SubmissionView.of(stored, false));
    }

    @Benchmark
    public ApiResponse submitThroughHandler() throws IOException {
        long n = workers++;
        byte[] event = eventTemplate.replace("WORKER-ID", "w-" + n).replace("CLIENT-ID", "c-" + n)
                .getBytes(StandardCharsets.UTF_8);
        return handler.dispatcher().handle(event, context);
    }
}
