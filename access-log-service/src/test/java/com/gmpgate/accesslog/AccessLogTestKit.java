package com.gmpgate.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.accesslog.api.AccessLogApiHandler;
import com.gmpgate.accesslog.application.AccessLogQueries;
import com.gmpgate.api.ApiResponse;
import com.gmpgate.api.CorsPolicy;
import com.gmpgate.api.Json;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.fakes.FakeLambdaContext;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryPresenceStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.Replies;
import com.gmpgate.fakes.RestEvent;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.fakes.InMemoryDeviceStore;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateScan;
import com.gmpgate.gate.OfflineSync;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * access-log-service wired as in production on in-memory stores, a fixed pass key and a hand-moved clock; requests
 * go through the real handler as API Gateway REST events with the authorizer's context.
 */
public final class AccessLogTestKit {

    public static final String SITE = "demo-site";
    public static final String ADMIN = "u-admin";
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 09:30 on 2 March in Seoul. */
    public static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryPassStore passStore = new InMemoryPassStore();
    public final InMemoryPresenceStore presence = new InMemoryPresenceStore();
    public final InMemoryWorkerDayStore workerDays = new InMemoryWorkerDayStore();
    public final InMemoryAccessLogStore log = new InMemoryAccessLogStore();
    public final InMemoryUserStore users = new InMemoryUserStore();
    public final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    public final TestPasses passes = new TestPasses(passStore);
    /** What the gate announced on its event port. */
    public final List<GateScanned> announced = new CopyOnWriteArrayList<>();
    public final FakeLambdaContext context = new FakeLambdaContext();
    public final GateCheck gate;
    public final AccessLogApiHandler api;

    public AccessLogTestKit() {
        gate = gate(passStore, presence, log, users);
        api = handler(gate, log, presence, users);
        user("w-kim", "김민수", "생산1팀", SITE);
        user("w-lee", "이영희", "포장팀", SITE);
        user("w-park", "박지성", "생산2팀", "other-site");
    }

    public GateCheck gate(PassStore passStore, PresenceStore presence, AccessLogStore log, UserStore users) {
        return new GateCheck(() -> Optional.of(passes.ring()), TestPasses.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
                passStore, workerDays, presence, log, users, devices, StaticPasses.EVERYWHERE, SEOUL, clock,
                () -> "log-" + UUID.randomUUID(), announced::add);
    }

    /** The same wiring on other stores (the dynalite IT). */
    public AccessLogApiHandler handler(GateCheck gate, AccessLogStore log, PresenceStore presence, UserStore users) {
        return new AccessLogApiHandler(new AccessLogQueries(log, presence, users, SEOUL, clock),
                new OfflineSync(gate, clock), clock, CorsPolicy.none());
    }

    public void user(String id, String name, String department, String siteId) {
        users.create(new User(id, siteId, id + "-login", name, department, Role.WORKER, UserStatus.ACTIVE,
                "$argon2id$placeholder", List.of(), Optional.empty(), NOW, NOW, 1));
    }

    /** A pass of a worker of this site, issued an hour ago, good for 12 hours. */
    public TestPasses.IssuedPass pass(String workerId) {
        return passes.forWorker(workerId).site(SITE).issuedAt(NOW.minusSeconds(3600)).issue();
    }

    /** An online scan at the site's gate, now, as qr-service's verify logs it. */
    public GateOutcome scan(String token, Direction direction, String gateId) {
        return gate.scan(new GateScan(SITE, ADMIN, "scan-" + UUID.randomUUID(), token, gateId, direction,
                clock.instant(), false));
    }

    public ApiResponse send(RestEvent event) {
        try {
            return api.dispatcher().handle(event.bytes(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RestEvent asAdmin(RestEvent event) {
        return asAdminOf(event, SITE);
    }

    public static RestEvent asAdminOf(RestEvent event, String siteId) {
        return event.signedIn(ADMIN, "ADMIN", siteId);
    }

    public static JsonNode json(ApiResponse response) {
        return Replies.json(response.bodyText());
    }

    /** One queued offline scan as the admin app sends it. */
    public record BatchEntry(String scanId, String token, String gateId, String direction, String scannedAt) {
    }

    public record Batch(List<BatchEntry> entries) {
    }

    public ApiResponse batch(List<BatchEntry> entries) {
        return send(asAdmin(RestEvent.post("/v1/access-log/entries/batch").json(Json.write(new Batch(entries)))));
    }
}
