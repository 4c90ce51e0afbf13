package com.gmpgate.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPrivateKeySpec;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/** An ES256 key pair with its key id: the private scalar d and its public point. */
public final class SigningKey {

    private final ECPrivateKeyParameters privateKey;
    private final VerificationKey verificationKey;

    private SigningKey(BigInteger d, VerificationKey verificationKey) {
        this.privateKey = new ECPrivateKeyParameters(d, P256.DOMAIN);
        this.verificationKey = verificationKey;
    }

    private static SigningKey ofScalar(String kid, BigInteger d) {
        if (!P256.isScalar(d)) {
            throw new KeyFormatException("private scalar is outside [1, n-1]");
        }
        return new SigningKey(d, VerificationKey.derived(kid, P256.publicPoint(d)));
    }

    /** A fresh key, d uniform in [1, n-1]. */
    public static SigningKey generate(String kid, SecureRandom random) {
        return ofScalar(kid, randomScalar(random));
    }

    /** A fresh key whose kid is its RFC 7638 thumbprint, so that ids never collide across rotations. */
    public static SigningKey generate(SecureRandom random) {
        BigInteger d = randomScalar(random);
        VerificationKey unnamed = VerificationKey.derived("unnamed", P256.publicPoint(d));
        return new SigningKey(d, unnamed.withKid(unnamed.thumbprint()));
    }

    /**
     * The key with private scalar {@code d} (32 bytes big-endian); the public point is derived from it.
     *
     * @throws KeyFormatException if d is not 32 bytes or not in [1, n-1]
     */
    public static SigningKey of(String kid, byte[] d) {
        if (d.length != P256.FIELD_BYTES) {
            throw new KeyFormatException("d must be " + P256.FIELD_BYTES + " bytes, got " + d.length);
        }
        return ofScalar(kid, new BigInteger(1, d));
    }

    /** Imports a JDK key; refused unless its parameters are P-256's. */
    public static SigningKey fromJdk(String kid, ECPrivateKey key) {
        if (!P256.isP256(key.getParams())) {
            throw new KeyFormatException("not a P-256 key");
        }
        return ofScalar(kid, key.getS());
    }

    public String kid() {
        return verificationKey.kid();
    }

    public VerificationKey verificationKey() {
        return verificationKey;
    }

    /** The private scalar, 32 bytes big-endian; for storing the key (JWK {@code d}), never for logs. */
    public byte[] privateScalar() {
        return P256.fixed(privateKey.getD());
    }

    /** ES256 signature of {@code message}: R||S, 64 bytes, deterministic (RFC 6979). */
    public byte[] sign(byte[] message) {
        return Es256.sign(privateKey, message);
    }

    public SigningKey withKid(String newKid) {
        return new SigningKey(privateKey.getD(), verificationKey.withKid(newKid));
    }

    public ECPrivateKey toJdk() {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(privateKey.getD(), JdkP256.spec()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build a P-256 private key", e);
        }
    }

    /** Rejection sampling: uniform, unlike reducing a 256-bit random number mod n. */
    private static BigInteger randomScalar(SecureRandom random) {
        BigInteger d;
        do {
            d = new BigInteger(P256.ORDER.bitLength(), random);
        } while (!P256.isScalar(d));
        return d;
    }

    /** Never shows d. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid() + "]";
    }
}
