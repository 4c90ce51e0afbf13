package com.gmpgate.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ECDSA P-256 with SHA-256 through Bouncy Castle's lightweight API, signatures as JWS wants them: R||S, 32 bytes
 * each (RFC 7518 §3.4). BC is never registered as a JCA provider, so nothing else in the JVM changes behaviour.
 * Signers are built per call: they are cheap and not thread-safe.
 */
final class Es256 {

    static final int SIGNATURE_BYTES = 2 * P256.FIELD_BYTES;

    private Es256() {
    }

    /** Deterministic ECDSA (RFC 6979): no dependence on the quality of a random source at signing time. */
    static byte[] sign(ECPrivateKeyParameters key, byte[] message) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(sha256(message));
        byte[] signature = new byte[SIGNATURE_BYTES];
        System.arraycopy(P256.fixed(rs[0]), 0, signature, 0, P256.FIELD_BYTES);
        System.arraycopy(P256.fixed(rs[1]), 0, signature, P256.FIELD_BYTES, P256.FIELD_BYTES);
        return signature;
    }

    static boolean verify(ECPublicKeyParameters key, byte[] message, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, P256.FIELD_BYTES));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, P256.FIELD_BYTES, SIGNATURE_BYTES));
        if (!P256.isScalar(r) || !P256.isScalar(s)) {
            return false;
        }
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key);
        return verifier.verifySignature(sha256(message), r, s);
    }

    static byte[] sha256(byte[] message) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(message, 0, message.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }
}
