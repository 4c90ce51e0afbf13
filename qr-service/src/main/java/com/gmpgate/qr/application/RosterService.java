package com.gmpgate.qr.application;

import com.gmpgate.domain.checklist.WorkerDay;
import com.gmpgate.domain.device.WorkerDevice;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.user.Role;
import com.gmpgate.domain.user.User;
import com.gmpgate.domain.user.UserStatus;
import com.gmpgate.crypto.KeyRingSource;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.gate.DeviceBinding;
import com.gmpgate.gate.StaticPasses;
import com.gmpgate.keys.KeyUnavailableException;
import com.gmpgate.pass.GateRoster;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.pass.PassTokenVerifier;
import com.gmpgate.pass.PassVerdict;
import com.gmpgate.pass.PassVerificationResult;
import com.gmpgate.pass.SignedRoster;
import com.gmpgate.port.DeviceStore;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.PassStore;
import com.gmpgate.port.UserStore;
import com.gmpgate.port.WorkerDayStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Today's signed roster of a gate's site (issue 19), for the gate to verify rotating codes while offline: each
 * active worker's valid passes with what the gate screen shows and the phone's public key, and the passes revoked
 * (or voided by a FAIL) today; each pass with the thumbprint of the phone key it is bound to ({@link DeviceBinding}),
 * so an offline gate refuses another phone's code as the online one does. Only the site's own workers, only today's
 * passes, nothing the screen does not show.
 *
 * <p>Cost: one page of the site's users per 100 workers, then per worker one query of their recent passes, one read
 * of their device and, when they have a pass, of their day; each listed pass's token is verified once (about
 * 0.1 ms) to read its binding. A gate fetches it every few minutes.
 */
public final class RosterService {

    private static final int PAGE = 100;

    private final UserStore users;
    private final PassStore passes;
    private final WorkerDayStore days;
    private final DeviceStore devices;
    private final KeyRingSource signingKeys;
    private final StaticPasses staticPasses;
    private final String issuer;
    private final ZoneId siteZone;
    private final Clock clock;

    public RosterService(UserStore users, PassStore passes, WorkerDayStore days, DeviceStore devices,
            KeyRingSource signingKeys, StaticPasses staticPasses, String issuer, ZoneId siteZone, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.days = Objects.requireNonNull(days, "days");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.signingKeys = Objects.requireNonNull(signingKeys, "signingKeys");
        this.staticPasses = Objects.requireNonNull(staticPasses, "staticPasses");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The roster and its signed form. */
    public record Signed(GateRoster roster, String token) {
    }

    /**
     * @throws RosterUnavailableException before the first pass was ever signed (there is no pass key yet)
     * @throws KeyUnavailableException    when the pass key cannot be read now
     */
    public Signed today(String siteId) {
        KeyRing ring = signingKeys.current().orElseThrow(RosterUnavailableException::new);
        PassTokenVerifier tokens = new PassTokenVerifier(ring, issuer, clock);
        Instant now = clock.instant();
        LocalDate day = now.atZone(siteZone).toLocalDate();
        Instant dayStart = day.atStartOfDay(siteZone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(siteZone).toInstant();
        List<GateRoster.Entry> entries = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<User> page = users.listBySite(siteId, new PageRequest(cursor, PAGE));
            for (User user : page.items()) {
                if (user.role() == Role.WORKER && user.status() == UserStatus.ACTIVE) {
                    addWorker(user, siteId, tokens, now, dayStart, day, entries, revoked);
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        GateRoster roster = new GateRoster(issuer, siteId, day, now, dayEnd, staticPasses.allowedAt(siteId), entries,
                revoked);
        return new Signed(roster, SignedRoster.sign(ring, roster));
    }

    private void addWorker(User worker, String siteId, PassTokenVerifier tokens, Instant now, Instant dayStart,
            LocalDate day, List<GateRoster.Entry> entries, List<String> revoked) {
        List<Pass> recent = passes.issuedToWorkerSince(worker.id(), now.minus(PassStore.MAX_LIFETIME)).stream()
                .filter(p -> p.siteId().equals(siteId) && p.expiresAt().isAfter(dayStart))
                .toList();
        if (recent.isEmpty()) {
            return;
        }
        Optional<WorkerDay> today = days.find(worker.id(), day);
        Optional<WorkerDevice> registered = devices.find(worker.id()).filter(d -> d.siteId().equals(siteId));
        Optional<GateRoster.DeviceJwk> device = registered.map(WorkerDevice::key)
                .map(k -> new GateRoster.DeviceJwk(k.x(), k.y()));
        for (Pass pass : recent) {
            boolean voided = today.flatMap(d -> d.voidedAt(pass.id())).filter(at -> !at.isAfter(now)).isPresent();
            if (pass.revokedAsOf(now) || voided) {
                revoked.add(pass.id());
            } else if (pass.expiresAt().isAfter(now) && !pass.issuedAt().isAfter(now)) {
                // the binding is inside the signed token; one whose signature no longer verifies is refused online
                // too (a removed key), so it is not listed
                signedClaims(tokens.verify(pass.token(), siteId, now)).ifPresent(claims -> entries.add(
                        new GateRoster.Entry(pass.id(), worker.id(), worker.displayName(), worker.department(),
                                PassVerdict.valueOf(pass.verdict().name()), words(pass), pass.expiresAt(),
                                device, DeviceBinding.boundKey(claims, registered))));
            }
        }
    }

    private static Optional<PassClaims> signedClaims(PassVerificationResult verification) {
        if (verification instanceof PassVerificationResult.Valid valid) {
            return Optional.of(valid.claims());
        }
        return ((PassVerificationResult.Rejected) verification).signedClaims();
    }

    /** The conditions in the words the pass's record keeps (its own rule pack's), as every reply shows them. */
    private static List<GateRoster.ConditionWords> words(Pass pass) {
        return pass.conditions().stream()
                .map(c -> new GateRoster.ConditionWords(c.code(), c.message().ko(), c.message().en()))
                .toList();
    }
}
