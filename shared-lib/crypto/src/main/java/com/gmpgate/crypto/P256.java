package com.gmpgate.crypto;

import java.math.BigInteger;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/** NIST P-256 (secp256r1): the curve of ES256, in Bouncy Castle's optimised form. */
final class P256 {

    static final int FIELD_BYTES = 32;

    private static final X9ECParameters CURVE_PARAMETERS = CustomNamedCurves.getByName("P-256");

    static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE_PARAMETERS);

    static final BigInteger ORDER = DOMAIN.getN();

    private P256() {
    }

    /**
     * The point (x, y), refused unless it lies on P-256. Without this check a crafted key on another curve
     * (invalid-curve attack) would make every later operation meaningless.
     */
    static ECPoint point(byte[] x, byte[] y) {
        requireFieldLength(x, "x");
        requireFieldLength(y, "y");
        ECCurve curve = DOMAIN.getCurve();
        BigInteger bx = new BigInteger(1, x);
        BigInteger by = new BigInteger(1, y);
        if (bx.compareTo(curve.getField().getCharacteristic()) >= 0
                || by.compareTo(curve.getField().getCharacteristic()) >= 0) {
            throw new KeyFormatException("coordinate is not a field element of P-256");
        }
        try {
            return DOMAIN.validatePublicPoint(curve.validatePoint(bx, by));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("point is not on P-256");
        }
    }

    static boolean isScalar(BigInteger value) {
        return value.signum() > 0 && value.compareTo(ORDER) < 0;
    }

    static ECPoint publicPoint(BigInteger privateScalar) {
        return new FixedPointCombMultiplier().multiply(DOMAIN.getG(), privateScalar).normalize();
    }

    static byte[] fixed(BigInteger value) {
        return BigIntegers.asUnsignedByteArray(FIELD_BYTES, value);
    }

    /** Whether JDK parameters describe this curve: the JDK names no curve, so compare every number. */
    static boolean isP256(ECParameterSpec spec) {
        if (!(spec.getCurve().getField() instanceof ECFieldFp)) {
            return false;
        }
        BigInteger prime = ((ECFieldFp) spec.getCurve().getField()).getP();
        ECPoint g = DOMAIN.getG();
        return prime.equals(DOMAIN.getCurve().getField().getCharacteristic())
                && spec.getCurve().getA().equals(DOMAIN.getCurve().getA().toBigInteger())
                && spec.getCurve().getB().equals(DOMAIN.getCurve().getB().toBigInteger())
                && spec.getGenerator().getAffineX().equals(g.getAffineXCoord().toBigInteger())
                && spec.getGenerator().getAffineY().equals(g.getAffineYCoord().toBigInteger())
                && spec.getOrder().equals(ORDER)
                && spec.getCofactor() == 1;
    }

    private static void requireFieldLength(byte[] coordinate, String name) {
        if (coordinate.length != FIELD_BYTES) {
            throw new KeyFormatException(name + " must be " + FIELD_BYTES + " bytes, got " + coordinate.length);
        }
    }
}
