package com.gmpgate.gate;

import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.pass.PassClaims;
import java.util.Optional;

/**
 * Which phone a pass is bound to (RFC 7800 {@code cnf.jkt}): one rule for the online gate ({@link GateCheck}) and
 * for the roster an offline gate checks codes from, so both refuse the same codes {@code PASS_OTHER_DEVICE}.
 */
public final class DeviceBinding {

    private DeviceBinding() {
    }

    /**
     * The RFC 7638 thumbprint of the phone key {@code pass} is bound to, given the worker's registered phone: the
     * pass's {@code cnf.jkt}. A pass issued before the worker registered any phone carries none and is bound at the
     * first registration: to the worker's first key (version 0) — so a phone registered later, which would have been
     * bound into a new pass, does not pick up a pass handed out before it. Empty when that first phone is no longer
     * the registered one (or there is none yet): no phone's code is good for the pass then.
     */
    public static Optional<String> boundKey(PassClaims pass, Optional<WorkerDevice> registered) {
        return pass.deviceThumbprint()
                .or(() -> registered.filter(device -> device.version() == 0).map(device -> device.key().thumbprint()));
    }

    /** Whether {@code registered} is the phone the pass is bound to. */
    public static boolean boundTo(PassClaims pass, WorkerDevice registered) {
        return boundKey(pass, Optional.of(registered)).filter(registered.key().thumbprint()::equals).isPresent();
    }
}
