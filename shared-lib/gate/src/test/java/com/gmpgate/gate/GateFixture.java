package com.gmpgate.gate;

import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryPresenceStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemoryDeviceStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.pass.PassTokenVerifier;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The gate over in-memory stores, a fixed key and a clock the test moves. */
final class GateFixture {

    static final String SITE = "demo-site";
    static final String GUARD = "u-guard";
    static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z"); // 09:30 in Seoul
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPassStore passStore = new InMemoryPassStore();
    final InMemoryPresenceStore presence = new InMemoryPresenceStore();
    final InMemoryWorkerDayStore workerDays = new InMemoryWorkerDayStore();
    final InMemoryAccessLogStore log = new InMemoryAccessLogStore();
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemoryDeviceStore devices = new InMemoryDeviceStore();
    final TestPasses passes = new TestPasses(passStore);
    /** What the gate announced on its event port. */
    final List<GateScanned> announced = new CopyOnWriteArrayList<>();
    final GateCheck gate = new GateCheck(() -> Optional.of(passes.ring()), TestPasses.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
            passStore, workerDays, presence, log, users, devices, StaticPasses.EVERYWHERE, SEOUL, clock,
            () -> "log-" + UUID.randomUUID(), announced::add);
    final OfflineSync offline = new OfflineSync(gate, clock);

    GateFixture() {
        worker("w-kim", "김민수", "생산1팀", SITE);
        worker("w-lee", "이영희", "포장팀", SITE);
        worker("w-park", "박지성", "생산2팀", "other-site");
    }

    void worker(String id, String name, String department, String siteId) {
        users.create(new User(id, siteId, id + "-login", name, department, Role.WORKER, UserStatus.ACTIVE,
                "$argon2id$placeholder", List.of(), Optional.empty(), NOW, NOW, 1));
    }

    TestPasses.IssuedPass pass(String workerId) {
        return passes.forWorker(workerId).site(SITE).issuedAt(NOW.minusSeconds(1800)).issue();
    }

    GateOutcome scan(String token, Direction direction) {
        return scan(token, direction, "scan-" + UUID.randomUUID());
    }

    GateOutcome scan(String token, Direction direction, String scanId) {
        return gate.scan(new GateScan(SITE, GUARD, scanId, token, "GATE-1", direction, clock.instant(), false));
    }

    static OfflineScan offlineScan(String scanId, String token, Direction direction, Instant at) {
        return new OfflineScan(scanId, token, "GATE-2", direction, at);
    }
}
