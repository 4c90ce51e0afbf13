package com.gmpgate.qr.application;

import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.user.Role;
import com.gmpgate.port.PassStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Passes as their holders and their site's admins see them: the worker's current pass, a pass to draw as a QR
 * code, revocation. A pass is visible to the worker it was issued to and to the admins of its site; to anyone else
 * it does not exist.
 */
public final class PassService {

    private final PassStore passes;
    private final Clock clock;

    public PassService(PassStore passes, Clock clock) {
        this.passes = Objects.requireNonNull(passes, "passes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws NoCurrentPassException when the worker has no pass in date and unrevoked */
    public Pass current(Actor worker) {
        return passes.findCurrentForWorker(worker.userId(), clock.instant())
                .filter(pass -> pass.siteId().equals(worker.siteId()))
                .orElseThrow(NoCurrentPassException::new);
    }

    /**
     * The pass to draw as a QR code.
     *
     * @throws PassNotFoundException      unless the caller holds the pass or is an admin of its site
     * @throws PassNoLongerValidException when it was revoked or has expired: a code no gate takes is not drawn
     */
    public Pass forImage(Actor actor, String passId) {
        Pass pass = visible(actor, passId);
        Instant now = clock.instant();
        if (pass.revokedAsOf(now)) {
            throw new PassNoLongerValidException(PassNoLongerValidException.Why.REVOKED);
        }
        if (!now.isBefore(pass.expiresAt())) {
            throw new PassNoLongerValidException(PassNoLongerValidException.Why.EXPIRED);
        }
        return pass;
    }

    /**
     * Revokes a pass of the admin's site; the gate refuses it from now on. Revoking again changes nothing: the
     * first revocation (time and reason) stays on record and is returned.
     *
     * @throws PassNotFoundException for a pass of another site, or none
     */
    public Pass revoke(Actor admin, String passId, String reason) {
        if (admin.role() != Role.ADMIN) {
            throw new PassNotFoundException();
        }
        visible(admin, passId);
        return passes.revoke(passId, reason, clock.instant()).orElseThrow(PassNotFoundException::new);
    }

    private Pass visible(Actor actor, String passId) {
        return passes.findById(passId)
                .filter(pass -> actor.role() == Role.ADMIN
                        ? pass.siteId().equals(actor.siteId())
                        : pass.workerId().equals(actor.userId()) && pass.siteId().equals(actor.siteId()))
                .orElseThrow(PassNotFoundException::new);
    }
}
