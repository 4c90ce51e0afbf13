package com.gmpgate.gate;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.VerificationKey;
import com.gmpgate.domain.device.DeviceKey;

/** A registered phone's key as the signature check needs it. */
public final class DeviceKeys {

    private DeviceKeys() {
    }

    /**
     * The stored coordinates as a key (checked to lie on P-256 again: the store is not where keys are trusted).
     *
     * @throws com.gmpgate.crypto.KeyFormatException if the stored key is not a P-256 point
     */
    public static VerificationKey verificationKey(DeviceKey key) {
        return VerificationKey.of(key.thumbprint(), Base64Url.decodeFixed(key.x(), 32),
                Base64Url.decodeFixed(key.y(), 32));
    }
}
