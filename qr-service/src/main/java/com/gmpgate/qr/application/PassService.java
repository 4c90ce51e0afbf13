package com.gmpgate.qr.application;

import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.gate.CodeKind;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.PassStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Passes as their holders and their site's admins see them: the worker's current pass, a pass to draw as a QR
 * code, revocation. A pass is visible to the worker it was issued to and to the admins of its site; to anyone else
 * it does not exist. A revocation is an electronic signature: the admin re-enters their password ({@link Signer}).
 */
public final class PassService {

    private final PassStore passes;
    private final Signer signer;
    private final Clock clock;
    private final StaticPasses staticPasses;

    public PassService(PassStore passes, Signer signer, Clock clock) {
        this(passes, signer, clock, StaticPasses.EVERYWHERE);
    }

    public PassService(PassStore passes, Signer signer, Clock clock, StaticPasses staticPasses) {
        this.passes = Objects.requireNonNull(passes, "passes");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.staticPasses = Objects.requireNonNull(staticPasses, "staticPasses");
    }

    /**
     * What the worker's pass screen shows at their site: the phone's rotating code, or the token itself where the
     * site takes static passes (so a worker there is not turned away for a phone that cannot keep a key).
     */
    public CodeKind codeKind(Actor worker) {
        return staticPasses.allowedAt(worker.siteId()) ? CodeKind.STATIC : CodeKind.ROTATING;
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
     * Revokes a pass of the admin's site, signed with their re-entered password; the gate refuses it from now on.
     * The signature binds the revoked pass record ({@link SignedGateRecords#recordHash(Pass)}) and is kept in the
     * audit trail. Revoking again changes nothing: the first revocation (time, reason and signature, or the system's
     * unsigned one after a FAIL) stays on record and is returned, with no new signature.
     *
     * @throws PassNotFoundException for a pass of another site, or none
     * @throws com.gmpgate.credentials.PasswordMismatchException when the password is not the admin's
     * @throws com.gmpgate.credentials.AccountLockedException    when wrong passwords locked the admin out
     */
    public Signed<Pass> revoke(Actor admin, String passId, String reason, String password, String clientAddress) {
        if (admin.role() != Role.ADMIN) {
            throw new PassNotFoundException();
        }
        visible(admin, passId);
        User user = signer.confirm(admin, password, clientAddress);
        Instant now = clock.instant();
        Pass revoked = passes.revoke(passId, reason, now).orElseThrow(PassNotFoundException::new);
        boolean ours = revoked.revokedAt().filter(now::equals).isPresent()
                && revoked.revokedReason().filter(reason::equals).isPresent();
        if (!ours) {
            return new Signed<>(revoked, Optional.empty());
        }
        ElectronicSignature signature = signer.sign(user, revoked.siteId(), SignatureMeaning.PASS_REVOCATION,
                SignedGateRecords.PASS_REVOCATION, revoked.id(), SignedGateRecords.recordHash(revoked),
                AuditAction.PASS_REVOKED, "PASS", revoked.id(), "worker " + revoked.workerId() + ": " + reason);
        return new Signed<>(revoked, Optional.of(signature));
    }

    private Pass visible(Actor actor, String passId) {
        return passes.findById(passId)
                .filter(pass -> actor.role() == Role.ADMIN
                        ? pass.siteId().equals(actor.siteId())
                        : pass.workerId().equals(actor.userId()) && pass.siteId().equals(actor.siteId()))
                .orElseThrow(PassNotFoundException::new);
    }
}
