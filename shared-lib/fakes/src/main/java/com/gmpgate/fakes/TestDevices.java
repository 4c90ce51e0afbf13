package com.gmpgate.fakes;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.device.DeviceKey;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.pass.RotatingCode;
import com.gmpgate.port.DeviceStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Workers' phones for tests: a P-256 key pair whose public half is registered in a {@link DeviceStore}, and the
 * rotating codes the phone would show.
 *
 * <pre>
 * TestDevices.Phone phone = TestDevices.register(devices, "w-kim", "demo-site", NOW);
 * String code = phone.code(passId, NOW, "demo-site");
 * </pre>
 */
public final class TestDevices {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDevices() {
    }

    /** A phone whose key nobody has registered. */
    public static Phone unregistered() {
        return new Phone(SigningKey.generate("phone", RANDOM));
    }

    /** A new phone registered for the worker, retiring whichever phone they had. */
    public static Phone register(DeviceStore devices, String workerId, String siteId, Instant at) {
        Phone phone = unregistered();
        DeviceKey key = phone.key();
        WorkerDevice next = devices.find(workerId).map(d -> d.replacedBy(key, siteId, at))
                .orElseGet(() -> new WorkerDevice(workerId, siteId, key, at, 0));
        devices.save(next);
        return phone;
    }

    /** A phone: its private key and what it shows. */
    public record Phone(SigningKey signingKey) {

        public DeviceKey key() {
            return new DeviceKey(signingKey.verificationKey().thumbprint(),
                    Base64Url.encode(signingKey.verificationKey().x()),
                    Base64Url.encode(signingKey.verificationKey().y()));
        }

        /** The code the phone shows at {@code at} (its own clock) for the pass, at a gate of {@code siteId}. */
        public String code(String passId, Instant at, String siteId) {
            return RotatingCode.sign(signingKey, UUID.fromString(passId), RotatingCode.stepAt(at), siteId).text();
        }
    }
}
