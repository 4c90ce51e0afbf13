package com.gmpgate.gate;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.gate.SignedGateRecords;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.Stored;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the guard does at the gate besides scanning: a manual entry for a worker whose phone is dead, and the
 * one-tap fix of an anti-passback refusal. Neither lets anyone in on the guard's word: an entry always goes
 * through {@link GateCheck} with the worker's stored pass (signature, expiry, revocation, anti-passback), and is
 * logged as {@link EntryKind#MANUAL} or {@link EntryKind#CORRECTION} with the guard's note.
 */
public final class GateDesk {

    static final String NOTE_EXIT_NOT_SCANNED = "퇴장 스캔 누락 — 입장 전에 퇴장 처리";
    static final String NOTE_NO_ENTRY_ON_RECORD = "입장 기록 없이 퇴장";

    private final GateCheck gate;
    private final PassStore passes;
    private final PresenceStore presence;
    private final AccessLogStore log;
    private final UserStore users;
    private final ZoneId siteZone;
    private final Clock clock;
    private final Supplier<String> newId;

    public GateDesk(GateCheck gate, PassStore passes, PresenceStore presence, AccessLogStore log, UserStore users,
            ZoneId siteZone, Clock clock, Supplier<String> newId) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.log = Objects.requireNonNull(log, "log");
        this.users = Objects.requireNonNull(users, "users");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newId = Objects.requireNonNull(newId, "newId");
    }

    /**
     * The guard found the worker by name. With a pass on record it is checked exactly as a scan of it would be;
     * without one an exit is still logged (nobody is kept in), an entry is refused.
     *
     * @throws GateWorkerNotFoundException unless the id is an active worker of the guard's site
     * @throws NoValidPassException        for an entry by a worker with no valid pass now
     */
    public GateOutcome manualEntry(String siteId, String guardId, String scanId, String workerId, String gateId,
            Direction direction, Optional<String> note) {
        User worker = users.findById(workerId)
                .filter(u -> u.siteId().equals(siteId) && u.role() == Role.WORKER && u.status() == UserStatus.ACTIVE)
                .orElseThrow(GateWorkerNotFoundException::new);
        Instant now = clock.instant();
        Optional<Pass> pass = passes.findCurrentForWorker(worker.id(), now).filter(p -> p.siteId().equals(siteId));
        if (pass.isPresent()) {
            return gate.scan(new GateScan(siteId, guardId, scanId, pass.get().token(), gateId, direction, now, false,
                    EntryKind.MANUAL, note));
        }
        if (direction == Direction.IN) {
            throw new NoValidPassException();
        }
        Optional<AccessLogEntry> logged = log.findByScanId(siteId, scanId);
        if (logged.isPresent()) {
            return outcome(logged.get(), worker, true);
        }
        Optional<GateRejection> refusal = Optional.empty();
        boolean outOfOrder = false;
        try {
            presence.exit(siteId, worker.id(), gateId, scanId, now);
        } catch (PresenceConflictException e) {
            refusal = Optional.of(GateRejection.NOT_INSIDE);
        } catch (PresenceOutOfOrderException e) {
            outOfOrder = true;
        }
        Stored<AccessLogEntry> stored = gate.append(entry(siteId, scanId, now, worker, gateId, Direction.OUT, refusal,
                Optional.empty(), guardId, outOfOrder, EntryKind.MANUAL, note));
        return outcome(stored.value(), worker, !stored.created());
    }

    /**
     * The fix of a refused scan: for ALREADY_INSIDE the exit that was never scanned is logged (and the worker
     * moved out), then their pass is checked again for the entry; for NOT_INSIDE (an exit with no entry on
     * record) the exit is logged without moving anyone. The ids of what it writes follow from the refused entry,
     * so a double tap or a retry writes nothing twice.
     *
     * @throws NotCorrectableException unless {@code refusedScanId} is this site's ALREADY_INSIDE or NOT_INSIDE
     */
    public GateOutcome correct(String siteId, String guardId, String refusedScanId, Optional<String> note) {
        AccessLogEntry refused = log.findByScanId(siteId, refusedScanId)
                .filter(e -> e.result() == GateResult.REJECTED && e.workerId().isPresent() && e.passId().isPresent())
                .filter(e -> e.reason().filter(r -> r == GateRejection.ALREADY_INSIDE
                        || r == GateRejection.NOT_INSIDE).isPresent())
                .orElseThrow(NotCorrectableException::new);
        String workerId = refused.workerId().orElseThrow();
        Optional<User> worker = users.findById(workerId).filter(u -> u.siteId().equals(siteId));
        Instant now = clock.instant();
        boolean entering = refused.reason().orElseThrow() == GateRejection.ALREADY_INSIDE;
        String exitScanId = SignedGateRecords.FIX_EXIT + refused.id();
        Optional<String> why = note.or(() -> Optional.of(entering ? NOTE_EXIT_NOT_SCANNED : NOTE_NO_ENTRY_ON_RECORD));
        Optional<AccessLogEntry> exitLogged = log.findByScanId(siteId, exitScanId);
        AccessLogEntry exit;
        if (exitLogged.isPresent()) {
            exit = exitLogged.get();
        } else {
            boolean outOfOrder = false;
            if (entering) {
                try {
                    presence.exit(siteId, workerId, refused.gateId(), exitScanId, now);
                } catch (PresenceConflictException | PresenceOutOfOrderException e) {
                    // someone else's scan or fix moved them meanwhile: the log still records the guard's fix
                    outOfOrder = true;
                }
            }
            exit = gate.append(entry(siteId, exitScanId, now, worker, workerId, refused.gateId(), Direction.OUT,
                    Optional.empty(), refused.passId(), guardId, outOfOrder, EntryKind.CORRECTION, why)).value();
        }
        if (!entering) {
            return outcome(exit, worker, workerId, exitLogged.isPresent());
        }
        Pass pass = passes.findById(refused.passId().orElseThrow())
                .filter(p -> p.siteId().equals(siteId))
                .orElseThrow(NotCorrectableException::new);
        return gate.scan(new GateScan(siteId, guardId, SignedGateRecords.FIX_ENTRY + refused.id(), pass.token(),
                refused.gateId(), Direction.IN, clock.instant(), false, EntryKind.CORRECTION, why));
    }

    /**
     * The exit a correction of ALREADY_INSIDE logged before {@code answering}, its entry (what the guard's signature
     * binds besides the entry); empty for any other entry.
     */
    public Optional<AccessLogEntry> exitBefore(AccessLogEntry answering) {
        return SignedGateRecords.exitBefore(answering).flatMap(scanId -> log.findByScanId(answering.siteId(), scanId));
    }

    private AccessLogEntry entry(String siteId, String scanId, Instant at, User worker, String gateId,
            Direction direction, Optional<GateRejection> refusal, Optional<String> passId, String guardId,
            boolean outOfOrder, EntryKind kind, Optional<String> note) {
        return entry(siteId, scanId, at, Optional.of(worker), worker.id(), gateId, direction, refusal, passId, guardId,
                outOfOrder, kind, note);
    }

    private AccessLogEntry entry(String siteId, String scanId, Instant at, Optional<User> worker, String workerId,
            String gateId, Direction direction, Optional<GateRejection> refusal, Optional<String> passId,
            String guardId, boolean outOfOrder, EntryKind kind, Optional<String> note) {
        return new AccessLogEntry(newId.get(), siteId, scanId, at, at.atZone(siteZone).toLocalDate(),
                Optional.of(workerId), worker.map(User::displayName), gateId, direction,
                refusal.isPresent() ? GateResult.REJECTED : GateResult.ACCEPTED, refusal, passId, guardId, false,
                clock.instant(), outOfOrder && refusal.isEmpty(), kind, note);
    }

    private static GateOutcome outcome(AccessLogEntry entry, User worker, boolean repeated) {
        return outcome(entry, Optional.of(worker), worker.id(), repeated);
    }

    private static GateOutcome outcome(AccessLogEntry entry, Optional<User> worker, String workerId,
            boolean repeated) {
        return new GateOutcome(entry, Optional.of(new GateWorker(workerId, worker.map(User::displayName),
                worker.map(User::department))), Optional.empty(), List.of(), repeated, Optional.empty());
    }
}
