package com.gmpgate.bench;

import com.gmpgate.auth.token.AccessTokenClaims;
import com.gmpgate.auth.token.AccessTokenIssuer;
import com.gmpgate.auth.token.AccessTokenVerifier;
import com.gmpgate.auth.token.InvalidAccessTokenException;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** What the authorizer does with every API call's bearer token (signature, pinned header, claims). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccessTokenBench {

    static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

    private AccessTokenVerifier verifier;
    private String token;

    @Setup
    public void setUp() throws InvalidAccessTokenException {
        KeyRing keys = KeyRing.of(SigningKey.generate(new SecureRandom()));
        User worker = new User("w-bench", "demo-site", "worker-bench", "김위생", "생산1팀", Role.WORKER,
                UserStatus.ACTIVE, "$argon2id$placeholder", List.of(), Optional.empty(), NOW, NOW, 1);
        token = new AccessTokenIssuer(keys).issue(worker, NOW).token();
        verifier = new AccessTokenVerifier(keys, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        verifier.verify(token);
    }

    @Benchmark
    public AccessTokenClaims verify() throws InvalidAccessTokenException {
        return verifier.verify(token);
    }
}
