package com.gmpgate.qr;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.ClientAddress;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.credentials.LoginThrottle;
import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.api.Json;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryAttemptCounter;
import com.gmpgate.fakes.InMemoryAuditTrail;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryPresenceStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.Replies;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.GateDesk;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.fakes.InMemoryDeviceStore;
import com.gmpgate.fakes.TestDevices;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.AttemptCounter;
import com.gmpgate.port.AuditTrail;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.qr.api.QrApiHandler;
import com.gmpgate.qr.application.PassService;
import com.gmpgate.qr.application.RosterService;
import com.gmpgate.qr.application.SignedGateDesk;
import com.gmpgate.qr.application.Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * qr-service wired as in production on in-memory stores, a fixed pass key and a hand-moved clock. Requests go
 * through the real handler as API Gateway REST events, with the authorizer's context API Gateway would add.
 */
public final class QrTestKit {

    public static final String SITE = "demo-site";
    public static final String ADMIN = "u-admin";
    public static final String OTHER_ADMIN = "u-admin-elsewhere";
    public static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryPassStore passStore = new InMemoryPassStore();
    public final InMemoryPresenceStore presence = new InMemoryPresenceStore();
    public final InMemoryWorkerDayStore workerDays = new InMemoryWorkerDayStore();
    public final InMemoryAccessLogStore log = new InMemoryAccessLogStore();
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    public final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    /** Every test user's password: revocations, manual entries and corrections are signed with it. */
    public static final String PASSWORD = "gate1234!";
    /** Cheap Argon2id settings: the same code path as production's, without its 19 MiB per check. */
    public static final Argon2idPasswordHasher HASHER = new Argon2idPasswordHasher(
            new Argon2idPasswordHasher.Settings(64, 1, 1), new SecureRandom());
    private static final String PASSWORD_HASH = HASHER.hash(PASSWORD);
    /** The gate of these tests takes static passes unless a test says otherwise. */
    private final StaticPasses staticPasses;
    public final TestPasses passes = new TestPasses(passStore);
    /** What the gate announced on its event port. */
    public final List<GateScanned> announced = new CopyOnWriteArrayList<>();
    public final FakeLambdaContext context = new FakeLambdaContext();
    public final QrApiHandler api;

    public QrTestKit() {
        this(StaticPasses.EVERYWHERE);
    }

    private volatile boolean passKeyMade = true;

    /** As on a new deployment: no pass was signed yet, so the key that signs rosters does not exist. */
    public void beforeTheFirstPass() {
        passKeyMade = false;
    }

    public QrTestKit(StaticPasses staticPasses) {
        this.staticPasses = staticPasses;
        api = handler(passStore, presence, log, users);
        user("w-kim", "김민수", "생산1팀", SITE, Role.WORKER);
        user("w-lee", "이영희", "포장팀", SITE, Role.WORKER);
        user("w-park", "박지성", "생산2팀", "other-site", Role.WORKER);
        user(ADMIN, "경비 최", "보안팀", SITE, Role.ADMIN);
        user(OTHER_ADMIN, "경비 정", "보안팀", "other-site", Role.ADMIN);
    }

    /** The same wiring on other stores (the dynalite IT). */
    public QrApiHandler handler(PassStore passStore, PresenceStore presence, AccessLogStore log, UserStore users) {
        return handler(passStore, presence, log, users, attempts, audit);
    }

    /** The same wiring on other stores, the signing's too (the dynalite IT). */
    public QrApiHandler handler(PassStore passStore, PresenceStore presence, AccessLogStore log, UserStore users,
            AttemptCounter attempts, AuditTrail audit) {
        GateCheck gate = new GateCheck(() -> Optional.of(passes.ring()), TestPasses.ISSUER,
                PassTokenVerifier.DEFAULT_LEEWAY, passStore, workerDays, presence, log, users, devices, staticPasses,
                ZoneId.of("Asia/Seoul"), clock, () -> "log-" + UUID.randomUUID(), announced::add);
        GateDesk desk = new GateDesk(gate, passStore, presence, log, users, ZoneId.of("Asia/Seoul"), clock,
                () -> "log-" + UUID.randomUUID());
        Signer signer = new Signer(new PasswordReentry(users, HASHER, new LoginThrottle(attempts)), audit, clock);
        RosterService roster = new RosterService(users, passStore, workerDays, devices,
                () -> passKeyMade ? Optional.of(passes.ring()) : Optional.empty(), staticPasses, TestPasses.ISSUER,
                ZoneId.of("Asia/Seoul"), clock);
        return new QrApiHandler(new PassService(passStore, signer, clock, staticPasses), gate,
                new SignedGateDesk(desk, signer), roster, () -> Optional.of(passes.ring()), ClientAddress.SOURCE_IP,
                clock, CorsPolicy.none());
    }

    public void user(String id, String name, String department, String siteId, Role role) {
        users.create(storedUser(id, name, department, siteId, role));
    }

    /** A stored user whose password is {@link #PASSWORD}. */
    public static User storedUser(String id, String name, String department, String siteId, Role role) {
        return new User(id, siteId, id + "-login", name, department, role, UserStatus.ACTIVE, PASSWORD_HASH,
                List.of(), Optional.empty(), NOW, NOW, 1);
    }

    private final java.util.Map<String, TestDevices.Phone> phones = new java.util.HashMap<>();

    /** The worker's phone, registered on first use. */
    public TestDevices.Phone phone(String workerId) {
        return phones.computeIfAbsent(workerId, id -> TestDevices.register(devices, id, SITE, NOW.minusSeconds(3600)));
    }

    /** A new phone for the worker: the one before is retired. */
    public TestDevices.Phone newPhone(String workerId) {
        TestDevices.Phone phone = TestDevices.register(devices, workerId, SITE, clock.instant());
        phones.put(workerId, phone);
        return phone;
    }

    /** A pass of a worker of this site who has a registered phone; its id a UUID, as the checklist makes them. */
    public TestPasses.IssuedPass boundPass(String workerId) {
        TestDevices.Phone phone = phone(workerId);
        return passes.forWorker(workerId).id(UUID.randomUUID().toString()).site(SITE).issuedAt(NOW.minusSeconds(1800))
                .boundTo(phone.key().thumbprint()).issue();
    }

    /** A pass of a worker of this site, issued half an hour ago, good for 12 hours. */
    public TestPasses.IssuedPass pass(String workerId) {
        return passes.forWorker(workerId).site(SITE).issuedAt(NOW.minusSeconds(1800)).issue();
    }

    public ApiResponse send(RestEvent event) {
        try {
            return api.dispatcher().handle(event.bytes(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RestEvent asAdmin(RestEvent event) {
        return event.signedIn(ADMIN, "ADMIN", SITE);
    }

    public static RestEvent asGate(RestEvent event, String gateUserId) {
        return event.signedIn(gateUserId, "GATE", SITE);
    }

    public static RestEvent asWorker(RestEvent event, String workerId) {
        return event.signedIn(workerId, "WORKER", SITE);
    }

    /** POST /v1/qr/verify as the site's guard. */
    public ApiResponse verify(String token, String direction, String scanId) {
        return send(asAdmin(RestEvent.post("/v1/qr/verify").json(Json.write(new VerifyRequest(token, "GATE-1",
                direction, scanId, clock.instant().toString())))));
    }

    public ApiResponse verify(String token, String direction) {
        return verify(token, direction, UUID.randomUUID().toString());
    }

    public static JsonNode json(ApiResponse response) {
        return Replies.json(response.body());
    }

    /** The admin app's request body, field for field. */
    public record VerifyRequest(String token, String gateId, String direction, String scanId, String scannedAt) {
    }
}
