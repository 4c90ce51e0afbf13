package com.gmpgate.gate;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.GateRejection;
import com.gmpgate.domain.gate.GateResult;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.KeyRingSource;
import com.gmpgate.pass.PassRejectionReason;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.pass.PassVerificationResult;
import com.gmpgate.pass.RotatingCode;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.GateEvents;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.Stored;
import com.gmpgate.port.UserStore;
import com.gmpgate.port.WorkerDayStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Verify-and-log, the one use case behind {@code POST /v1/qr/verify} and each entry of the offline batch.
 *
 * <p>The checks run in the order of DESIGN.md §4 and stop at the first failure: parse, pinned alg/typ/kid,
 * signature, nbf/exp, site (all {@link PassTokenVerifier}) — for a {@link RotatingCode}, of the stored pass it
 * names, then the phone's signature with the worker's registered key, that key being the one the pass is bound to
 * ({@code cnf.jkt}), and the code's time step; for the token
 * itself, whether the site takes static passes ({@link StaticPasses}) — then revocation (the stored pass, and the worker's
 * day: a FAIL of the pass's day recorded after it voids it — both as of the scan's time), then anti-passback
 * (one conditional update of the worker's presence item). Every scan is logged, rejections too, with their reason.
 *
 * <p><b>Once per scan id.</b> A scan id already in the log is answered with its first entry and nothing is
 * checked or moved again. Two copies of a scan racing each other both get past that lookup, so the presence
 * store is idempotent per scan id as well (it records the scan that made the last IN and the last OUT): the
 * copy that loses the conditional update finds its own scan id there and also reports ACCEPTED, without moving
 * anyone. The log append is conditional on the scan id, so one entry is written and both copies answer with it.
 * The same record also covers a request that moved the worker and died before logging: its retry finds the
 * scan id on the presence item and logs ACCEPTED rather than ALREADY_INSIDE.
 *
 * <p>Each entry written is announced once ({@link GateScanned}, for the admins' live screens); a repeated scan id
 * announces nothing, since nothing changed.
 */
public final class GateCheck {

    /**
     * Before the first pass is signed there is no key to trust; verifying against a key nobody holds keeps the
     * order of the checks (a malformed token is still MALFORMED, anything signed is INVALID_SIGNATURE).
     */
    private static final KeyRing TRUSTS_NO_ONE = KeyRing.verifyOnly(List.of(
            SigningKey.generate("no-pass-key-yet", new SecureRandom()).verificationKey()));

    private final KeyRingSource keys;
    private final String issuer;
    private final Duration leeway;
    private final PassStore passes;
    private final WorkerDayStore days;
    private final PresenceStore presence;
    private final AccessLogStore log;
    private final UserStore users;
    private final DeviceStore devices;
    private final StaticPasses staticPasses;
    private final ZoneId siteZone;
    private final Clock clock;
    private final Supplier<String> newId;
    private final GateEvents events;

    /**
     * @param devices      the workers' registered phones: a rotating code must be signed by the pass holder's
     * @param staticPasses the sites that still take the pass token itself
     */
    public GateCheck(KeyRingSource keys, String issuer, Duration leeway, PassStore passes, WorkerDayStore days,
            PresenceStore presence, AccessLogStore log, UserStore users, DeviceStore devices,
            StaticPasses staticPasses, ZoneId siteZone, Clock clock, Supplier<String> newId, GateEvents events) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.leeway = Objects.requireNonNull(leeway, "leeway");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.days = Objects.requireNonNull(days, "days");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.log = Objects.requireNonNull(log, "log");
        this.users = Objects.requireNonNull(users, "users");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.staticPasses = Objects.requireNonNull(staticPasses, "staticPasses");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newId = Objects.requireNonNull(newId, "newId");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Checks and logs one scan.
     *
     * @throws IdempotencyConflictException when the scan id was logged for another gate, direction or pass
     */
    public GateOutcome scan(GateScan scan) {
        Optional<AccessLogEntry> logged = log.findByScanId(scan.siteId(), scan.scanId());
        Reading reading = read(scan);
        Optional<PassClaims> claims = reading.claims();
        Optional<GateWorker> worker = claims.map(c -> worker(c.workerId(), scan.siteId()));
        // the record of the pass these claims are from, when it is on record for the same worker and site
        Optional<Pass> record = claims.flatMap(c -> reading.record().or(() -> passes.findById(c.passId()))
                .filter(p -> p.siteId().equals(c.siteId()) && p.workerId().equals(c.workerId())));
        List<Condition> conditions = claims.map(c -> conditions(c, record)).orElse(List.of());
        if (logged.isPresent()) {
            requireSameScan(logged.get(), scan, claims);
            return new GateOutcome(logged.get(), worker, claims, conditions, true, reading.kind());
        }
        Decision decision = reading.rejection().map(Decision::rejected)
                .orElseGet(() -> checkStateAndMove(scan, claims.orElseThrow(), record, conditions));
        boolean accepted = decision.rejection().isEmpty();
        // accepted means the pass is on record: the words logged are its pack's, never a code standing for itself
        AccessLogEntry entry = new AccessLogEntry(newId.get(), scan.siteId(), scan.scanId(), scan.at(),
                scan.at().atZone(siteZone).toLocalDate(), claims.map(PassClaims::workerId),
                worker.flatMap(GateWorker::displayName), scan.gateId(), scan.direction(),
                accepted ? GateResult.ACCEPTED : GateResult.REJECTED, decision.rejection(),
                claims.map(PassClaims::passId), scan.scannedBy(), scan.offline(), clock.instant(),
                decision.outOfOrder(), scan.kind(), scan.note(), accepted ? conditions : List.of());
        Stored<AccessLogEntry> stored = append(entry);
        return new GateOutcome(stored.value(), worker, claims, conditions, !stored.created(), reading.kind());
    }

    /**
     * The signed codes, in the words the pass's record was issued with (its submission's rule pack: a site on the
     * US pack reads the Food Code's wording, not the Korean pack's). Codes, not the record, decide which: the token
     * is what was signed.
     */
    private static List<Condition> conditions(PassClaims claims, Optional<Pass> record) {
        return claims.conditions().stream()
                .map(code -> record.flatMap(p -> p.conditions().stream().filter(c -> c.code().equals(code)).findFirst())
                        .orElseGet(() -> new Condition(code, LocalizedText.of(code, code))))
                .toList();
    }

    /**
     * What the scanned text is and whose pass, up to the first check that fails before any state is read.
     *
     * @param claims    the pass's claims when they are genuine: a token with our good signature, or the stored pass
     *                  a rotating code refers to (then its own token's claims)
     * @param rejection the first check that failed, if any
     */
    private record Reading(Optional<PassClaims> claims, Optional<GateRejection> rejection, Optional<CodeKind> kind,
            Optional<Pass> record) {
        Reading(Optional<PassClaims> claims, Optional<GateRejection> rejection, Optional<CodeKind> kind) {
            this(claims, rejection, kind, Optional.empty());
        }

        static Reading refused(GateRejection why, Optional<PassClaims> claims, Optional<CodeKind> kind) {
            return new Reading(claims, Optional.of(why), kind);
        }

        /** A rotating code's reading keeps the record it was read through: the later checks need it again. */
        Reading through(Pass pass) {
            return new Reading(claims, rejection, kind, Optional.of(pass));
        }
    }

    private Reading read(GateScan scan) {
        PassTokenVerifier verifier = new PassTokenVerifier(keys.current().orElse(TRUSTS_NO_ONE), issuer, clock,
                leeway);
        if (!RotatingCode.looksLike(scan.token())) {
            PassVerificationResult verification = verifier.verify(scan.token(), scan.siteId(), scan.at());
            Optional<PassClaims> claims = signedClaims(verification);
            Optional<CodeKind> kind = claims.map(c -> CodeKind.STATIC);
            if (verification instanceof PassVerificationResult.Rejected rejected) {
                return Reading.refused(asGateRejection(rejected.reason()), claims, kind);
            }
            // a manual entry or a correction presents the stored pass on the guard's word, not a token shown
            boolean shown = scan.kind() == EntryKind.SCAN;
            return !shown || staticPasses.allowedAt(scan.siteId()) ? new Reading(claims, Optional.empty(), kind)
                    : Reading.refused(GateRejection.STATIC_NOT_ALLOWED, claims, kind);
        }
        return readRotating(scan, verifier);
    }

    /**
     * A rotating code: the pass it names (its stored token checked as a static pass would be), then the phone's
     * signature with the key the worker registered, then the time step against the scan's time.
     */
    private Reading readRotating(GateScan scan, PassTokenVerifier verifier) {
        Optional<RotatingCode> parsed = RotatingCode.parse(scan.token());
        // no pass on record: there is no token, holder or key to check the code against
        Optional<Pass> pass = parsed.flatMap(code -> passes.findById(code.passId().toString()));
        return pass.map(p -> readRotating(scan, verifier, parsed.orElseThrow(), p).through(p))
                .orElseGet(() -> Reading.refused(parsed.isEmpty() ? GateRejection.MALFORMED
                        : GateRejection.INVALID_SIGNATURE, Optional.empty(), Optional.of(CodeKind.ROTATING)));
    }

    private Reading readRotating(GateScan scan, PassTokenVerifier verifier, RotatingCode code, Pass pass) {
        Optional<CodeKind> kind = Optional.of(CodeKind.ROTATING);
        PassVerificationResult verification = verifier.verify(pass.token(), scan.siteId(), scan.at());
        Optional<PassClaims> claims = signedClaims(verification);
        if (verification instanceof PassVerificationResult.Rejected rejected) {
            return Reading.refused(asGateRejection(rejected.reason()), claims, kind);
        }
        PassClaims valid = claims.orElseThrow();
        Optional<WorkerDevice> registered = devices.find(valid.workerId())
                .filter(device -> device.siteId().equals(valid.siteId()));
        boolean fromTheDevice = registered
                .map(device -> code.signedBy(DeviceKeys.verificationKey(device.key()), scan.siteId()))
                .orElse(false);
        if (!fromTheDevice) {
            return Reading.refused(GateRejection.WRONG_DEVICE, claims, kind);
        }
        if (!DeviceBinding.boundTo(valid, registered.orElseThrow())) {
            return Reading.refused(GateRejection.PASS_OTHER_DEVICE, claims, kind);
        }
        if (!code.liveAt(scan.at())) {
            return Reading.refused(GateRejection.CODE_EXPIRED, claims, kind);
        }
        return new Reading(claims, Optional.empty(), kind);
    }

    /**
     * Appends one entry once per scan id (the log's conditional put) and announces it when it was new: every
     * writer of the log (this check, the guard's desk) goes through here, so the live screens hear of each entry.
     */
    public Stored<AccessLogEntry> append(AccessLogEntry entry) {
        Stored<AccessLogEntry> stored = log.append(entry);
        if (stored.created()) {
            events.publish(GateScanned.of(stored.value()));
        }
        return stored;
    }

    /** What the checks that need state decided: a rejection, or let through (possibly out of order). */
    private record Decision(Optional<GateRejection> rejection, boolean outOfOrder) {
        static final Decision ACCEPTED = new Decision(Optional.empty(), false);
        static final Decision ACCEPTED_OUT_OF_ORDER = new Decision(Optional.empty(), true);

        static Decision rejected(GateRejection why) {
            return new Decision(Optional.of(why), false);
        }
    }

    /**
     * Revocation as of the scan's time, then anti-passback. A pass revoked after the scan still counts (an offline
     * gate admitted the worker before the revocation), but presence moves only forward in scan time: a scan older
     * than the worker's latest presence change is accepted and logged out of order, and moves no one.
     */
    private Decision checkStateAndMove(GateScan scan, PassClaims claims, Optional<Pass> pass,
            List<Condition> conditions) {
        // A genuine token whose pass is not on record (or on record for someone else: the caller keeps only the
        // record of the claims' worker and site) is not honoured: the record is where a revocation would be, so
        // without it the pass cannot be shown to be still good.
        if (pass.isEmpty() || pass.get().revokedAsOf(scan.at()) || voidedByAFail(pass.get(), scan)) {
            return Decision.rejected(GateRejection.REVOKED);
        }
        // A gate clock running ahead (within the batch's skew) must not date a move after scans still to come
        // online: for ordering, a scan cannot have happened after it reached us.
        Instant now = clock.instant();
        Instant at = scan.at().isAfter(now) ? now : scan.at();
        try {
            if (scan.direction() == Direction.IN) {
                presence.enter(scan.siteId(), claims.workerId(), scan.gateId(), claims.passId(), scan.scanId(), at,
                        conditions);
            } else {
                presence.exit(scan.siteId(), claims.workerId(), scan.gateId(), scan.scanId(), at);
            }
            return Decision.ACCEPTED;
        } catch (PresenceOutOfOrderException e) {
            return Decision.ACCEPTED_OUT_OF_ORDER;
        } catch (PresenceConflictException e) {
            return Decision.rejected(e.alreadyInside() ? GateRejection.ALREADY_INSIDE : GateRejection.NOT_INSIDE);
        }
    }

    /**
     * A FAIL of the pass's day recorded after the pass was listed voids it, as of when the FAIL was recorded — also
     * when the FAIL's revocation of the pass record never happened (it lost a race with the pass's own write, or its
     * request died). The day is the site day the pass was issued on, which is its submission's day.
     */
    private boolean voidedByAFail(Pass pass, GateScan scan) {
        LocalDate day = pass.issuedAt().atZone(siteZone).toLocalDate();
        return days.find(pass.workerId(), day)
                .flatMap(d -> d.voidedAt(pass.id()))
                .filter(voidedAt -> !voidedAt.isAfter(scan.at()))
                .isPresent();
    }

    private GateWorker worker(String workerId, String siteId) {
        Optional<User> user = users.findById(workerId).filter(u -> u.siteId().equals(siteId));
        return new GateWorker(workerId, user.map(User::displayName), user.map(User::department));
    }

    /**
     * A repeated scan id must be the same scan. The pass is compared only when this token still shows whose it is
     * (a key removed since would make it unreadable; that does not make it another scan).
     */
    private static void requireSameScan(AccessLogEntry first, GateScan scan, Optional<PassClaims> claims) {
        boolean samePass = claims.isEmpty() || first.passId().equals(claims.map(PassClaims::passId));
        if (!first.gateId().equals(scan.gateId()) || first.direction() != scan.direction() || !samePass) {
            throw new IdempotencyConflictException("scanId", scan.scanId());
        }
    }

    private static GateRejection asGateRejection(PassRejectionReason reason) {
        return switch (reason) {
            case MALFORMED -> GateRejection.MALFORMED;
            case INVALID_SIGNATURE -> GateRejection.INVALID_SIGNATURE;
            case EXPIRED -> GateRejection.EXPIRED;
            case NOT_YET_VALID -> GateRejection.NOT_YET_VALID;
            case WRONG_SITE -> GateRejection.WRONG_SITE;
        };
    }

    private static Optional<PassClaims> signedClaims(PassVerificationResult verification) {
        if (verification instanceof PassVerificationResult.Valid valid) {
            return Optional.of(valid.claims());
        }
        return ((PassVerificationResult.Rejected) verification).signedClaims();
    }
}
