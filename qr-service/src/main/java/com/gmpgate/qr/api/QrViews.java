package com.gmpgate.qr.api;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.EntryKind;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.gate.ConditionTexts;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.GateWorker;
import com.gmpgate.pass.PassClaims;
import java.util.List;

/** Reply bodies of qr-service (docs/openapi.yaml); explicit mapping from the domain, absent values left out. */
final class QrViews {

    private QrViews() {
    }

    /** openapi Condition: the code travels in the token, the words are for the guard and the worker. */
    record ConditionView(String code, LocalizedText message) {
        static List<ConditionView> of(List<String> codes) {
            return codes.stream().map(code -> new ConditionView(code, ConditionTexts.shipped().describe(code))).toList();
        }
    }

    /** openapi Pass: GET /v1/qr/passes/current. */
    record PassView(String id, String token, String expiresAt, String verdict, List<ConditionView> conditions,
            List<String> zones) {
        static PassView of(Pass pass) {
            return new PassView(pass.id(), pass.token(), pass.expiresAt().toString(), pass.verdict().name(),
                    ConditionView.of(pass.conditionCodes()), pass.zones());
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
        static GatePassView of(PassClaims claims) {
            return new GatePassView(claims.passId(), claims.verdict().name(), ConditionView.of(claims.conditions()),
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
                    outcome.pass().map(GatePassView::of).orElse(null),
                    entry.id(), entry.scanId(), entry.at().toString(),
                    entry.kind() == EntryKind.SCAN ? null : entry.kind().name(), entry.note().orElse(null),
                    outcome.kind().map(Enum::name).orElse(null));
        }
    }
}
