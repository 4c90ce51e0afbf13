package com.gmpgate.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor every other figure is read against: one ES256 verify straight through Bouncy Castle's lightweight API
 * (SHA-256 of a pass-sized message, then ECDSA on P-256), none of our code around it. A pass or an access token
 * can never verify faster than this; what they add on top is parsing and checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CryptoFloorBench {

    /** The name {@link Jmh} divides by. */
    public static final String FLOOR = CryptoFloorBench.class.getName() + ".bcEs256Verify";

    private ECPublicKeyParameters publicKey;
    private ECPrivateKeyParameters privateKey;
    private byte[] message;
    private BigInteger r;
    private BigInteger s;

    @Setup
    public void setUp() {
        // the optimised P-256 arithmetic (SecP256R1Curve), as shared-lib/crypto uses; NISTNamedCurves gives the generic
        // one, dozens of times slower
        X9ECParameters curve = CustomNamedCurves.getByName("P-256");
        ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        publicKey = (ECPublicKeyParameters) pair.getPublic();
        privateKey = (ECPrivateKeyParameters) pair.getPrivate();
        // about the size of a pass token's signing input
        message = ("eyJhbGciOiJFUzI1NiIsImtpZCI6InBhc3Mta2V5LTEiLCJ0eXAiOiJnbXAtcGFzcytqd3QifQ."
                + "x".repeat(260)).getBytes(StandardCharsets.US_ASCII);
        BigInteger[] signature = sign();
        r = signature[0];
        s = signature[1];
    }

    @Benchmark
    public boolean bcEs256Verify() {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, publicKey);
        return verifier.verifySignature(sha256(message), r, s);
    }

    @Benchmark
    public BigInteger[] bcEs256Sign() {
        return sign();
    }

    private BigInteger[] sign() {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, privateKey);
        return signer.generateSignature(sha256(message));
    }

    private static byte[] sha256(byte[] input) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
