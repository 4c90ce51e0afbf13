package com.gmpgate.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * Converts ES256 signatures between JWS's R||S and the DER {@code SEQUENCE { r INTEGER, s INTEGER }} that JCA's
 * {@code SHA256withECDSA} speaks.
 */
public final class EcdsaDer {

    private EcdsaDer() {
    }

    /** @throws IllegalArgumentException unless {@code raw} is 64 bytes with r and s in [1, n-1] */
    public static byte[] fromRaw(byte[] raw) {
        if (raw.length != Es256.SIGNATURE_BYTES) {
            throw new IllegalArgumentException("ES256 signature must be 64 bytes, got " + raw.length);
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, P256.FIELD_BYTES));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, P256.FIELD_BYTES, raw.length));
        requireScalars(r, s);
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding failed", e);
        }
    }

    /** @throws IllegalArgumentException unless {@code der} is exactly the DER encoding of two scalars */
    public static byte[] toRaw(byte[] der) {
        BigInteger r;
        BigInteger s;
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            if (sequence.size() != 2) {
                throw new IllegalArgumentException("ECDSA signature must hold two integers");
            }
            r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
            s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
            // BER is more forgiving than DER: accept only the one canonical encoding.
            if (!Arrays.equals(sequence.getEncoded(ASN1Encoding.DER), der)) {
                throw new IllegalArgumentException("ECDSA signature is not canonical DER");
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("ECDSA signature is not DER", e);
        }
        requireScalars(r, s);
        byte[] raw = new byte[Es256.SIGNATURE_BYTES];
        System.arraycopy(P256.fixed(r), 0, raw, 0, P256.FIELD_BYTES);
        System.arraycopy(P256.fixed(s), 0, raw, P256.FIELD_BYTES, P256.FIELD_BYTES);
        return raw;
    }

    private static void requireScalars(BigInteger r, BigInteger s) {
        if (!P256.isScalar(r) || !P256.isScalar(s)) {
            throw new IllegalArgumentException("r and s must be in [1, n-1]");
        }
    }
}
