package com.gmpgate.auth.application;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.KeyFormatException;
import com.gmpgate.crypto.VerificationKey;
import com.gmpgate.domain.device.DeviceKey;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.StaleVersionException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A worker's phone: the PWA makes a P-256 key pair at login (WebCrypto, not extractable) and registers the public
 * half here. The worker's own only — the caller is the worker; nobody registers a key for someone else. A new key
 * retires the previous one: the gate checks rotating codes against the registered key alone.
 */
public final class DeviceService {

    /** Registrations racing each other (two tabs logging in): the last to read wins after a few rounds. */
    private static final int ATTEMPTS = 3;

    private final DeviceStore devices;
    private final Clock clock;

    public DeviceService(DeviceStore devices, Clock clock) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a registration did. {@code replaced}: an earlier phone's key was retired by it. */
    public record Registration(WorkerDevice device, boolean created, boolean replaced) {
    }

    /**
     * Registers the public key (x, y) as the worker's phone.
     *
     * @throws InvalidDeviceKeyException unless (x, y) is a point on P-256, each coordinate 32 bytes of base64url
     */
    public Registration register(String workerId, String siteId, String x, String y) {
        DeviceKey key = deviceKey(x, y);
        for (int attempt = 1; ; attempt++) {
            Optional<WorkerDevice> current = devices.find(workerId);
            WorkerDevice next = current.map(d -> d.replacedBy(key, siteId, clock.instant()))
                    .orElseGet(() -> new WorkerDevice(workerId, siteId, key, clock.instant(), 0));
            if (current.isPresent() && next == current.get()) {
                return new Registration(next, false, false);
            }
            try {
                devices.save(next);
                return new Registration(next, true, current.isPresent());
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the phone holding the key with thumbprint {@code jkt} is still the worker's registered phone: the pass
     * screen asks, so that a phone another registration retired says so instead of showing codes the gate refuses.
     *
     * @throws DeviceRetiredException       when another phone is registered
     * @throws DeviceNotRegisteredException when none is, or one only at another site (the gate reads neither)
     */
    public WorkerDevice current(String workerId, String siteId, String jkt) {
        WorkerDevice registered = devices.find(workerId).filter(d -> d.siteId().equals(siteId))
                .orElseThrow(DeviceNotRegisteredException::new);
        if (!registered.key().thumbprint().equals(jkt)) {
            throw new DeviceRetiredException();
        }
        return registered;
    }

    /** The key in its canonical form: thumbprint (RFC 7638) and coordinates re-encoded from the validated point. */
    static DeviceKey deviceKey(String x, String y) {
        try {
            VerificationKey key = VerificationKey.of("device", Base64Url.decodeFixed(x, 32),
                    Base64Url.decodeFixed(y, 32));
            return new DeviceKey(key.thumbprint(), Base64Url.encode(key.x()), Base64Url.encode(key.y()));
        } catch (KeyFormatException | IllegalArgumentException e) {
            throw new InvalidDeviceKeyException();
        }
    }
}
