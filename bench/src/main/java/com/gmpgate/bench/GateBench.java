package com.gmpgate.bench;

import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.fakes.InMemoryAccessLogStore;
import com.gmpgate.fakes.InMemoryPassStore;
import com.gmpgate.fakes.InMemoryPresenceStore;
import com.gmpgate.fakes.InMemoryUserStore;
import com.gmpgate.fakes.InMemoryWorkerDayStore;
import com.gmpgate.fakes.MutableClock;
import com.gmpgate.fakes.TestPasses;
import com.gmpgate.gate.GateCheck;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.fakes.InMemoryDeviceStore;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateScan;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.port.GateEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
 * The whole gate check of {@code POST /v1/qr/verify} in memory: idempotency lookup, pass verify, revocation, the
 * worker's day, anti-passback and the log append, with the in-memory ports the handler tests use. One worker goes
 * IN and OUT in turn, a millisecond apart, so every scan is accepted and moves the presence item. The target is
 * ≤ 3 × {@link CryptoFloorBench#bcEs256Verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GateBench {

    static final String SITE = "demo-site";
    static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

    private MutableClock clock;
    private GateCheck gate;
    private String token;
    private long scans;

    /** Fresh stores per iteration: the log grows with every scan and would otherwise fill the heap. */
    @Setup(Level.Iteration)
    public void setUp() {
        clock = new MutableClock(NOW);
        InMemoryPassStore passStore = new InMemoryPassStore();
        InMemoryUserStore users = new InMemoryUserStore();
        users.create(new User("w-bench", SITE, "worker-bench", "김민수", "생산1팀", Role.WORKER, UserStatus.ACTIVE,
                "$argon2id$placeholder", List.of(), Optional.empty(), NOW, NOW, 1));
        TestPasses passes = new TestPasses(passStore);
        token = passes.forWorker("w-bench").site(SITE).issuedAt(NOW.minusSeconds(60))
                .validFor(Duration.ofDays(30)).issue().token();
        gate = new GateCheck(() -> Optional.of(passes.ring()), TestPasses.ISSUER, PassTokenVerifier.DEFAULT_LEEWAY,
                passStore, new InMemoryWorkerDayStore(), new InMemoryPresenceStore(), new InMemoryAccessLogStore(),
                users, new InMemoryDeviceStore(), StaticPasses.EVERYWHERE, ZoneId.of("Asia/Seoul"), clock,
                () -> UUID.randomUUID().toString(), GateEvents.NONE);
        scans = 0;
        for (int i = 0; i < 2; i++) {
            if (scan().entry().result() != GateResult.ACCEPTED) {
                throw new IllegalStateException("the benchmark's scan was rejected: " + scan().entry().reason());
            }
        }
    }

    @Benchmark
    public GateOutcome scan() {
        long n = scans++;
        clock.advance(Duration.ofMillis(1));
        return gate.scan(new GateScan(SITE, "u-guard", "scan-" + n, token, "GATE-1",
                (n & 1) == 0 ? Direction.IN : Direction.OUT, clock.instant(), false));
    }
}
