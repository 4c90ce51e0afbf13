package com.gmpgate.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/** An ES256 public key with its key id. Every instance holds a point validated to lie on P-256. */
public final class VerificationKey {

    private final String kid;
    private final ECPublicKeyParameters publicKey;

    private VerificationKey(String kid, ECPoint point) {
        this.kid = KeyIds.require(kid);
        this.publicKey = new ECPublicKeyParameters(point, P256.DOMAIN);
    }

    /**
     * The key at (x, y), each coordinate exactly 32 big-endian bytes.
     *
     * @throws KeyFormatException if the kid is unusable or the point is not on P-256
     */
    public static VerificationKey of(String kid, byte[] x, byte[] y) {
        return new VerificationKey(kid, P256.point(x, y));
    }

    /** Imports a JDK key; refused unless its parameters are P-256's. */
    public static VerificationKey fromJdk(String kid, ECPublicKey key) {
        if (!P256.isP256(key.getParams())) {
            throw new KeyFormatException("not a P-256 key");
        }
        BigInteger x = key.getW().getAffineX();
        BigInteger y = key.getW().getAffineY();
        if (x.bitLength() > 8 * P256.FIELD_BYTES || y.bitLength() > 8 * P256.FIELD_BYTES) {
            throw new KeyFormatException("coordinate is not a field element of P-256");
        }
        return of(kid, P256.fixed(x), P256.fixed(y));
    }

    static VerificationKey derived(String kid, ECPoint point) {
        return new VerificationKey(kid, point);
    }

    public String kid() {
        return kid;
    }

    /** The x coordinate, 32 bytes big-endian. */
    public byte[] x() {
        return publicKey.getQ().getAffineXCoord().getEncoded();
    }

    /** The y coordinate, 32 bytes big-endian. */
    public byte[] y() {
        return publicKey.getQ().getAffineYCoord().getEncoded();
    }

    /**
     * Whether {@code signature} (R||S, 64 bytes) is this key's ES256 signature of {@code message}. Any other length
     * and r or s outside [1, n-1] simply fail: bad input never throws.
     */
    public boolean verify(byte[] message, byte[] signature) {
        return Es256.verify(publicKey, message, signature);
    }

    /** The same point under another kid. */
    public VerificationKey withKid(String newKid) {
        return new VerificationKey(newKid, publicKey.getQ());
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url): a kid derived from the key itself. */
    public String thumbprint() {
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + Base64Url.encode(x())
                + "\",\"y\":\"" + Base64Url.encode(y()) + "\"}";
        return Base64Url.encode(Es256.sha256(canonical.getBytes(StandardCharsets.US_ASCII)));
    }

    /** For JDK verifiers (SunEC); used to prove interoperability, not on the hot path. */
    public ECPublicKey toJdk() {
        try {
            java.security.spec.ECPoint w = new java.security.spec.ECPoint(
                    new BigInteger(1, x()), new BigInteger(1, y()));
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, JdkP256.spec()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build a P-256 public key", e);
        }
    }

    /** Whether both hold the same public point, whatever their kids. */
    public boolean samePoint(VerificationKey other) {
        return publicKey.getQ().equals(other.publicKey.getQ());
    }

    /** Same kid and same point. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationKey
                && kid.equals(((VerificationKey) other).kid)
                && samePoint((VerificationKey) other);
    }

    @Override
    public int hashCode() {
        return 31 * kid.hashCode() + Arrays.hashCode(x());
    }

    @Override
    public String toString() {
        return "VerificationKey[kid=" + kid + ", x=" + Base64Url.encode(x()) + "]";
    }
}
