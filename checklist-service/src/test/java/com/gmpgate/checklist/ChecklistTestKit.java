package com.gmpgate.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.fakes.Replies;
import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.checklist.api.ChecklistApiHandler;
import com.gmpgate.checklist.api.ChecklistWiring;
import com.gmpgate.checklist.application.ChecklistSettings;
import com.gmpgate.checklist.application.SiteRulePacks;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAnalysisStore;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemorySubmissionStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.RecordingChecklistEvents;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.keys.PassKeys;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.pass.PassVerificationResult;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.SubmissionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * checklist-service wired as in production on in-memory ports and a hand-moved clock. Requests go through the real
 * handler as API Gateway REST events carrying the authorizer's context, as API Gateway sends them.
 */
public final class ChecklistTestKit {

    /** 09:15 on a Monday in Seoul, the plants' default time zone. */
    public static final Instant START = Instant.parse("2026-03-02T00:15:00Z");
    public static final String SITE = "demo-site";
    public static final String OTHER_SITE = "other-site";
    public static final ObjectMapper JSON = new ObjectMapper();

    public final MutableClock clock = new MutableClock(START);
    public final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
    public final InMemoryWorkerDayStore workerDays = new InMemoryWorkerDayStore();
    public final InMemoryPassStore passes = new InMemoryPassStore();
    public final InMemoryAnalysisStore analyses = new InMemoryAnalysisStore();
    public final RecordingChecklistEvents events = new RecordingChecklistEvents();
    public final KeyRing keys = KeyRing.of(SigningKey.generate(new SecureRandom()));
    public final ChecklistSettings settings = new ChecklistSettings(ChecklistSettings.DEFAULT_SITE_ZONE,
            ChecklistSettings.DEFAULT_PASS_LIFETIME, com.gmpgate.domain.retention.Retention.DEFAULT, PassKeys.ISSUER);
    /** Every test reviewer's password: the kit signs their decisions with it unless a test sends another. */
    public static final String ADMIN_PASSWORD = "admin1234!";
    /** Cheap Argon2id settings: the same code path as production's, without its 19 MiB per check. */
    public static final Argon2idPasswordHasher HASHER = new Argon2idPasswordHasher(
            new Argon2idPasswordHasher.Settings(64, 1, 1), new SecureRandom());
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final ChecklistApiHandler api;
    public final FakeLambdaContext context = new FakeLambdaContext();

    public ChecklistTestKit() {
        this(SiteRulePacks.shippedDefaults());
    }

    public ChecklistTestKit(SiteRulePacks packs) {
        this.api = new ChecklistApiHandler(wiring(submissions, packs));
    }

    /** The kit's wiring over another submission store (a test's racing one). */
    public ChecklistWiring wiring(SubmissionStore store, SiteRulePacks packs) {
        return ChecklistWiring.of(store, workerDays, passes, analyses, events, keys, packs, settings, clock,
                () -> UUID.randomUUID().toString(), new PasswordReentry(users, HASHER, new LoginThrottle(attempts)),
                audit, ClientAddress.SOURCE_IP, CorsPolicy.none());
    }

    /** An active admin of {@code siteId} whose password is {@link #ADMIN_PASSWORD}, unless they exist already. */
    public void registerAdmin(String adminId, String siteId) {
        if (users.findById(adminId).isEmpty()) {
            users.create(admin(adminId, siteId, HASHER.hash(ADMIN_PASSWORD), START));
        }
    }

    /** A stored admin with this password hash (the ITs store it in UsersTable). */
    public static User admin(String adminId, String siteId, String passwordHash, Instant at) {
        return new User(adminId, siteId, "reviewer-" + adminId, "검토자 " + adminId.substring(0, Math.min(6,
                adminId.length())), "품질관리팀", Role.ADMIN, UserStatus.ACTIVE, passwordHash, List.of(),
                Optional.empty(), at, at, 0);
    }

    public static RulePack defaultPack() {
        return RulePacks.shipped().defaultPack();
    }

    /** One request through the handler, as Lambda would run it. */
    public static ApiResponse call(ChecklistApiHandler handler, RestEvent event, FakeLambdaContext context) {
        try {
            return handler.dispatcher().handle(event.bytes(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiResponse call(RestEvent event) {
        return call(api, event, context);
    }

    /** {@link #call}, after making sure the event's admin can sign (exists with {@link #ADMIN_PASSWORD}). */
    public ApiResponse callSigned(RestEvent event, String adminId, String siteId) {
        registerAdmin(adminId, siteId);
        return call(event);
    }

    // ---- requests -------------------------------------------------------------------------------------

    public static RestEvent as(RestEvent event, String userId, String role, String siteId) {
        return event.signedIn(userId, role, siteId);
    }

    public static RestEvent submitEvent(String workerId, JsonNode body) {
        return as(RestEvent.post("/v1/checklist/submissions").json(body.toString()), workerId, "WORKER", SITE);
    }

    public static RestEvent getEvent(String submissionId, String userId, String role, String siteId) {
        return as(RestEvent.get("/v1/checklist/submissions/{id}", "/v1/checklist/submissions/" + submissionId)
                .pathParameter("id", submissionId), userId, role, siteId);
    }

    public static RestEvent reviewEvent(String submissionId, String userId, String role, String siteId,
                                        JsonNode body) {
        return as(RestEvent.post("/v1/checklist/submissions/{id}/review",
                        "/v1/checklist/submissions/" + submissionId + "/review")
                .pathParameter("id", submissionId).json(body.toString()), userId, role, siteId);
    }

    public static RestEvent correctionEvent(String submissionId, String userId, String role, String siteId,
                                            JsonNode body) {
        return as(RestEvent.post("/v1/checklist/submissions/{id}/review/corrections",
                        "/v1/checklist/submissions/" + submissionId + "/review/corrections")
                .pathParameter("id", submissionId).json(body.toString()), userId, role, siteId);
    }

    /** A correction body: the signature it corrects, the new decision, why, and the kit's password. */
    public static ObjectNode correction(String corrects, String decision, String reason, String... conditions) {
        ObjectNode body = decision(decision, "", conditions);
        body.remove("note");
        return body.put("corrects", corrects).put("reason", reason);
    }

    public ApiResponse correct(String submissionId, String adminId, JsonNode body) {
        return callSigned(correctionEvent(submissionId, adminId, "ADMIN", SITE, body), adminId, SITE);
    }

    public ApiResponse submit(String workerId, JsonNode body) {
        return call(submitEvent(workerId, body));
    }

    /**
     * A wound screening waiting for a supervisor, now: the photo's analysis asks for a human (NEEDS_REVIEW), so the
     * worker's submission is PENDING_REVIEW. Its id.
     */
    public String pendingWound(String workerId) {
        String photo = imageKey(workerId);
        analysed(analyses, workerId, photo, AnalysisStatus.NEEDS_REVIEW, Optional.empty(), clock.instant());
        ApiResponse reply = submit(workerId, withWoundPhoto(healthy(), photo));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(body(reply).get("verdict").asText()).isEqualTo("PENDING_REVIEW");
        return body(reply).get("id").asText();
    }

    public ApiResponse review(String submissionId, String adminId, JsonNode body) {
        return callSigned(reviewEvent(submissionId, adminId, "ADMIN", SITE, body), adminId, SITE);
    }

    // ---- bodies ---------------------------------------------------------------------------------------

    /** Every item of the default checklist answered as a healthy, ready worker would. */
    public static ObjectNode healthy() {
        RulePack pack = defaultPack();
        ObjectNode body = JSON.createObjectNode();
        body.put("clientSubmissionId", UUID.randomUUID().toString());
        body.put("templateId", pack.template().id());
        body.put("templateVersion", pack.template().version());
        ObjectNode answers = body.putObject("answers");
        answers.put("temperature", 36.5);
        for (String symptom : new String[] {"vomiting", "diarrhea", "jaundice", "sore_throat_fever",
                "reportable_diagnosis", "hand_wound"}) {
            answers.put(symptom, false);
        }
        for (String done : new String[] {"uniform_clean", "hair_covered", "jewelry_removed", "nails_ok",
                "hands_washed"}) {
            answers.put(done, true);
        }
        body.putArray("photos");
        return body;
    }

    public static ObjectNode with(ObjectNode body, String itemId, Object value) {
        ObjectNode copy = body.deepCopy();
        ObjectNode answers = (ObjectNode) copy.get("answers");
        if (value instanceof Boolean b) {
            answers.put(itemId, b);
        } else if (value instanceof Number n) {
            answers.put(itemId, n.doubleValue());
        } else {
            answers.set(itemId, JSON.valueToTree(value));
        }
        return copy;
    }

    public static ObjectNode withNewClientId(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.put("clientSubmissionId", UUID.randomUUID().toString());
        return copy;
    }

    /** A hand wound with its photo. */
    public static ObjectNode withWoundPhoto(ObjectNode body, String imageKey) {
        ObjectNode copy = with(body, "hand_wound", true);
        copy.withArray("photos").addObject().put("itemId", "hand_wound_photo").put("imageKey", imageKey);
        return copy;
    }

    public static ObjectNode decision(String decision, String note, String... conditions) {
        ObjectNode body = JSON.createObjectNode().put("decision", decision).put("note", note)
                .put("password", ADMIN_PASSWORD);
        if (conditions.length > 0) {
            var array = body.putArray("conditions");
            for (String code : conditions) {
                array.add(code);
            }
        }
        return body;
    }

    // ---- photos ---------------------------------------------------------------------------------------

    public static String imageKey(String workerId) {
        return ImageKeys.newKey(SITE, workerId, ImageFormat.JPEG, UUID.randomUUID()).value();
    }

    /** The photo was uploaded and the model assessed it (what ai-service leaves behind). */
    public static Analysis analysed(AnalysisStore analyses, String workerId, String imageKey,
                                    AnalysisStatus status, Optional<WoundAssessment> assessment, Instant at) {
        Analysis analysis = new Analysis(UUID.randomUUID().toString(), SITE, workerId, imageKey, status, assessment,
                "bedrock", Optional.of("us.anthropic.claude-haiku-4-5-20251001-v1:0"), Optional.of(1200L),
                Optional.of(1500), Optional.of(200), Optional.empty(), at, at.plusSeconds(2));
        analyses.create(analysis);
        return analysis;
    }

    public static WoundAssessment minorCoveredCut() {
        return new WoundAssessment(true, Optional.empty(), true, WoundAssessment.WoundType.CUT,
                WoundAssessment.BodyLocation.FINGER, WoundAssessment.Severity.MINOR, false, false, true,
                WoundAssessment.CoverType.WATERPROOF_DRESSING, 0.92, "검지에 작은 베인 상처, 방수 밴드로 덮임");
    }

    public static WoundAssessment infected() {
        return new WoundAssessment(true, Optional.empty(), true, WoundAssessment.WoundType.BOIL,
                WoundAssessment.BodyLocation.HAND, WoundAssessment.Severity.MODERATE, true, false, false,
                WoundAssessment.CoverType.NONE, 0.9, "손등에 고름이 있는 종기");
    }

    // ---- replies --------------------------------------------------------------------------------------

    public static JsonNode body(ApiResponse response) {
        return Replies.json(response.body());
    }

    public static String code(ApiResponse response) {
        return Replies.errorCode(response.body());
    }

    /** The pass token as the gate checks it. */
    public PassVerificationResult verifyAtGate(String token, Clock at) {
        return new PassTokenVerifier(keys, PassKeys.ISSUER, at).verify(token, SITE);
    }

    public static Map<String, String> caller(String userId, String role, String siteId) {
        return Map.of("userId", userId, "role", role, "siteId", siteId);
    }
}
