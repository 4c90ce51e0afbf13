package com.gmpgate.qr.application;

import com.gmpgate.credentials.PasswordReentry;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The gate's electronic signatures (21 CFR Part 11 style): the signer re-enters their own password for each act
 * ({@link PasswordReentry}: the login's hash check and lock, so a wrong one counts toward the lock, and a stolen
 * access token or an unattended gate tablet cannot sign), and the signature — their name as stored, the time, the
 * meaning and the hash of the record — goes to the site's append-only audit trail.
 */
public final class Signer {

    private final PasswordReentry reentry;
    private final AuditTrail audit;
    private final Clock clock;

    public Signer(PasswordReentry reentry, AuditTrail audit, Clock clock) {
        this.reentry = Objects.requireNonNull(reentry, "reentry");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Before the act: the password is the actor's own.
     *
     * @throws com.gmpgate.credentials.PasswordMismatchException when it is not (or the account is gone or disabled)
     * @throws com.gmpgate.credentials.AccountLockedException    when wrong passwords locked this address out
     */
    public User confirm(Actor actor, String password, String clientAddress) {
        return reentry.confirm(actor.userId(), password, clientAddress, clock.instant());
    }

    /** After the act: signs the record's hash and keeps the signature in the audit trail (keyed by the record). */
    public ElectronicSignature sign(User signer, String siteId, SignatureMeaning meaning, String recordType,
            String recordId, String recordHash, AuditAction action, String targetType, String targetId, String detail) {
        Instant now = clock.instant();
        ElectronicSignature signature = ElectronicSignature.sign(signer.id(), signer.displayName(), now, meaning,
                recordType, recordId, recordHash, Optional.empty());
        audit.append(new AuditEntry(recordType + "#" + recordId, siteId, now, signer.id(), action, targetType,
                targetId, detail, Optional.of(signature)));
        return signature;
    }
}
