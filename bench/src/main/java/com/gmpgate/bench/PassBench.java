package com.gmpgate.bench;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.pass.PassVerdict;
import com.gmpgate.pass.PassVerificationResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issuing a QR pass (checklist-service) and verifying it (the gate's first step), through the production classes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassBench {

    static final Instant ISSUED = Instant.parse("2026-03-02T00:00:00Z");
    static final String ISSUER = "https://gmp-gate.bench/qr";

    private PassTokenIssuer issuer;
    private PassTokenVerifier verifier;
    private PassClaims claims;
    private String token;

    @Setup
    public void setUp() {
        KeyRing ring = KeyRing.of(SigningKey.generate("bench-pass-key-1", new SecureRandom()));
        issuer = new PassTokenIssuer(ring);
        verifier = new PassTokenVerifier(ring, ISSUER, Clock.fixed(ISSUED.plusSeconds(600), ZoneOffset.UTC));
        claims = new PassClaims(ISSUER, "w-bench", "pass-0b7e6a9e-4f1c-4d7a-9d5e-2c1f0e6b9a31",
                "sub-0b7e6a9e-4f1c-4d7a-9d5e-2c1f0e6b9a31", "demo-site", ISSUED, ISSUED,
                ISSUED.plus(Duration.ofHours(12)), PassVerdict.CONDITIONAL_PASS,
                List.of("GLOVES_OVER_COVERED_WOUND"), List.of("PRODUCTION"));
        token = issuer.issue(claims);
        if (!(verifier.verify(token, "demo-site") instanceof PassVerificationResult.Valid)) {
            throw new IllegalStateException("the benchmark's pass does not verify");
        }
    }

    @Benchmark
    public String sign() {
        return issuer.issue(claims);
    }

    @Benchmark
    public PassVerificationResult verify() {
        return verifier.verify(token, "demo-site");
    }
}
