package com.gmpgate.qr.api;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateWorker;
import com.gmpgate.pass.PassClaims;
import java.util.List;

/** Reply bodies of qr-service (docs/openapi.yaml); explicit mapping from the domain, absent values left out. */
final class QrViews {

    private QrViews() {
    }

    /**
     * openapi Condition: the code travels in the token, the words (of the pass's own rule pack, as its record keeps
     * them) are for the guard and the worker.
     */
    record ConditionView(String code, LocalizedText message) {
        static List<ConditionView> of(List<Condition> conditions) {
            return conditions.stream().map(c -> new ConditionView(c.code(), c.message())).toList();
        }
    }

    /** openapi Pass: GET /v1/qr/passes/current. */
    record PassView(String id, String token, String expiresAt, String verdict, List<ConditionView> conditions,
            List<String> zones) {
        static PassView of(Pass pass) {
            return new PassView(pass.id(), pass.token(), pass.expiresAt().toString(), pass.verdict().name(),
                    ConditionView.of(pass.conditions()), pass.zones());
        }
    }

    /** openapi RevokedPass: the record after POST /v1/qr/passes/{id}/revoke (no token: the admin needs none). */
    record RevokedPassView(String id, String workerId, String verdict, String expiresAt, String revokedAt,
            String revokedReason) {
        static RevokedPassView of(Pass pass) {
            return new RevokedPassView(pass.id(), pass.workerId(), pass.verdict().name(), pass.expiresAt().toString(),
                    pass.revokedAt().map(Object::toString).orElseThrow(),
                    pass.revokedReason().orElseThrow());
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
            String scanId, String at, String kind, String note, String codeKind) {
        static VerifyView of(GateOutcome outcome) {
            AccessLogEntry entry = outcome.entry();
            return new VerifyView(entry.result().name(), entry.reason().map(Enum::name).orElse(null),
                    outcome.worker().map(WorkerView::of).orElse(null),
                    outcome.pass().map(claims -> GatePassView.of(claims, outcome.conditions())).orElse(null),
                    entry.id(), entry.scanId(), entry.at().toString(),
                    entry.kind() == EntryKind.SCAN ? null : entry.kind().name(), entry.note().orElse(null),
                    outcome.kind().map(Enum::name).orElse(null));
        }
    }
}
