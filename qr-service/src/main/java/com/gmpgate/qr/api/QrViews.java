package com.gmpgate.qr.api;

import com.gmpgate.api.ConditionView;
import com.gmpgate.api.SignatureView;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.gate.CodeKind;
import com.gmpgate.qr.application.RosterService;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateWorker;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.qr.application.Signed;
import java.util.List;

/** Reply bodies of qr-service (docs/openapi.yaml); explicit mapping from the domain, absent values left out. */
final class QrViews {

    private QrViews() {
    }

    /** openapi ErrorDetail: a refusal's words for the person at the screen. */
    record ErrorWordsView(String code, LocalizedText message) {
    }

    /** openapi Pass: GET /v1/qr/passes/current; {@code codeKind}: what the pass screen shows. */
    record PassView(String id, String token, String expiresAt, String verdict, List<ConditionView> conditions,
            List<String> zones, String codeKind) {
        static PassView of(Pass pass, CodeKind kind) {
            return new PassView(pass.id(), pass.token(), pass.expiresAt().toString(), pass.verdict().name(),
                    ConditionView.of(pass.conditions()), pass.zones(), kind.name());
        }
    }

    /** openapi GateRoster: the signed roster and what the gate shows about it. */
    record RosterView(String token, String siteId, String day, String expiresAt, int passes, int revoked) {
        static RosterView of(RosterService.Signed signed) {
            var r = signed.roster();
            return new RosterView(signed.token(), r.siteId(), r.day().toString(), r.expiresAt().toString(),
                    r.passes().size(), r.revoked().size());
        }
    }

    /**
     * openapi RevokedPass: the record after POST /v1/qr/passes/{id}/revoke (no token: the admin needs none), with the
     * admin's signature when this request revoked it.
     */
    record RevokedPassView(String id, String workerId, String verdict, String expiresAt, String revokedAt,
            String revokedReason, SignatureView signature) {
        static RevokedPassView of(Signed<Pass> signed) {
            Pass pass = signed.value();
            return new RevokedPassView(pass.id(), pass.workerId(), pass.verdict().name(), pass.expiresAt().toString(),
                    pass.revokedAt().map(Object::toString).orElseThrow(),
                    pass.revokedReason().orElseThrow(), signed.signature().map(SignatureView::of).orElse(null));
        }
    }

    /** openapi GateWorker. */
    record WorkerView(String id, String displayName, String department) {
        static WorkerView of(GateWorker worker) {
            return new WorkerView(worker.id(), worker.displayName().orElse(null), worker.department().orElse(null));
        }
    }

    /** openapi GatePass: what the signed token says, for the guard to compare with the person. */
    record GatePassView(String id, String verdict, List<ConditionView> conditions, List<String> zones,
            String expiresAt) {
        static GatePassView of(PassClaims claims, List<Condition> conditions) {
            return new GatePassView(claims.passId(), claims.verdict().name(), ConditionView.of(conditions),
                    claims.zones(), claims.expiresAt().toString());
        }
    }

    /**
     * openapi VerifyResult; kind and note only on a manual entry or a correction; {@code codeKind}: what the gate
     * read (ROTATING or STATIC), for the guard's screen.
     */
    record VerifyView(String result, String reason, WorkerView worker, GatePassView pass, String logId,
            String scanId, String at, String kind, String note, String codeKind, SignatureView signature) {
        static VerifyView of(GateOutcome outcome) {
            return of(new Signed<>(outcome, java.util.Optional.empty()));
        }

        /** A manual entry or a correction, with the guard's signature when this request wrote it. */
        static VerifyView of(Signed<GateOutcome> signed) {
            GateOutcome outcome = signed.value();
            AccessLogEntry entry = outcome.entry();
            return new VerifyView(entry.result().name(), entry.reason().map(Enum::name).orElse(null),
                    outcome.worker().map(WorkerView::of).orElse(null),
                    outcome.pass().map(claims -> GatePassView.of(claims, outcome.conditions())).orElse(null),
                    entry.id(), entry.scanId(), entry.at().toString(),
                    entry.kind() == EntryKind.SCAN ? null : entry.kind().name(), entry.note().orElse(null),
                    outcome.kind().map(Enum::name).orElse(null), signed.signature().map(SignatureView::of).orElse(null));
        }
    }
}
