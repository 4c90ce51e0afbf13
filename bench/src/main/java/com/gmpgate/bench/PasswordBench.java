package com.gmpgate.bench;

import com.gmpgate.credentials.Argon2idPasswordHasher;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A warm login's password check: Argon2id with the production settings (OWASP: 19 MiB, 2 passes), what
 * AuthFunction's C2 re-enable (template JAVA_TOOL_OPTIONS) is for. Run it under both JIT settings to compare:
 * {@code -jvmArgsAppend "-XX:TieredStopAtLevel=1"} is the template's C1-only global.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PasswordBench {

    private Argon2idPasswordHasher hasher;
    private String stored;

    @Setup
    public void setUp() {
        hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP, new SecureRandom());
        stored = hasher.hash("Gate-worker-2026");
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify("Gate-worker-2026", stored);
    }
}
