package com.gmpgate.qr.application;

import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.domain.user.User;
import com.gmpgate.gate.GateDesk;
import com.gmpgate.gate.GateOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * The guard's desk ({@link GateDesk}) with each act signed: a manual entry by name and an anti-passback correction
 * override what a scan would have said, so the guard re-enters their own password first — at an unattended gate
 * tablet (the GATE role signs in per shift) whoever walks up can scan, but cannot enter a worker by name or move
 * anyone out. The signature binds the access-log entry written ({@link SignedGateRecords}); a correction's names the
 * refused scan it corrects, which stays as it was (the log is only appended to). A repeated scan id (a double tap, a
 * retry) writes and signs nothing again: the first entry and its signature stand.
 */
public final class SignedGateDesk {

    private final GateDesk desk;
    private final Signer signer;

    public SignedGateDesk(GateDesk desk, Signer signer) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** {@link GateDesk#manualEntry}, signed. */
    public Signed<GateOutcome> manualEntry(Actor guard, String scanId, String workerId, String gateId,
            Direction direction, Optional<String> note, String password, String clientAddress) {
        User user = signer.confirm(guard, password, clientAddress);
        GateOutcome outcome = desk.manualEntry(guard.siteId(), guard.userId(), scanId, workerId, gateId, direction,
                note);
        return signed(user, outcome, SignatureMeaning.MANUAL_ENTRY, AuditAction.GATE_MANUAL_ENTRY, Optional.empty(),
                Optional.empty());
    }

    /** {@link GateDesk#correct}, signed. */
    public Signed<GateOutcome> correct(Actor guard, String refusedScanId, Optional<String> note, String password,
            String clientAddress) {
        User user = signer.confirm(guard, password, clientAddress);
        GateOutcome outcome = desk.correct(guard.siteId(), guard.userId(), refusedScanId, note);
        // an ALREADY_INSIDE fix moved the worker out first: that exit is signed with the entry that answers
        return signed(user, outcome, SignatureMeaning.GATE_CORRECTION, AuditAction.GATE_CORRECTION,
                Optional.of(refusedScanId), outcome.repeated() ? Optional.empty() : desk.exitBefore(outcome.entry()));
    }

    private Signed<GateOutcome> signed(User user, GateOutcome outcome, SignatureMeaning meaning, AuditAction action,
            Optional<String> corrects, Optional<AccessLogEntry> exitWritten) {
        if (outcome.repeated()) {
            return new Signed<>(outcome, Optional.empty());
        }
        AccessLogEntry entry = outcome.entry();
        String detail = entry.direction() + " " + entry.result() + entry.reason().map(r -> " " + r).orElse("")
                + " gate " + entry.gateId() + entry.workerId().map(w -> " (worker " + w + ")").orElse("")
                + exitWritten.map(x -> ", exit " + x.id()).orElse("")
                + corrects.map(c -> ", corrects scan " + c).orElse("");
        return new Signed<>(outcome, Optional.of(signer.sign(user, entry.siteId(), meaning,
                SignedGateRecords.ACCESS_LOG_ENTRY, entry.id(), SignedGateRecords.recordHash(entry, exitWritten, corrects),
                action, "ACCESS_LOG_ENTRY", entry.id(), detail)));
    }
}
