package com.gmpgate.accesslog.api;

import com.gmpgate.accesslog.application.Inside;
import com.gmpgate.api.ConditionView;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.gate.GateOutcome;
import com.gmpgate.gate.SyncResult;
import com.gmpgate.port.Page;
import java.util.List;

/** Reply bodies of access-log-service (docs/openapi.yaml); explicit mapping, absent values left out. */
final class AccessLogViews {

    private AccessLogViews() {
    }

    /**
     * openapi AccessLogEntry. workerId is absent for a scan whose token could not be read at all; outOfOrder is
     * there only when true; kind is SCAN, MANUAL or CORRECTION, note only on the last two; conditions only on an
     * entry made under some, in the words the entry keeps (its pass's rule pack's).
     */
    record EntryView(String id, String at, String workerId, String workerName, String gateId, String direction,
            String result, String reason, String passId, String scannedBy, boolean offline, Boolean outOfOrder,
            String kind, String note, List<ConditionView> conditions) {
        static EntryView of(AccessLogEntry e) {
            return new EntryView(e.id(), e.at().toString(), e.workerId().orElse(null), e.workerName().orElse(null),
                    e.gateId(), e.direction().name(), e.result().name(), e.reason().map(Enum::name).orElse(null),
                    e.passId().orElse(null), e.scannedBy(), e.offline(), outOfOrderFlag(e), e.kind().name(),
                    e.note().orElse(null), e.conditions().isEmpty() ? null : ConditionView.of(e.conditions()));
        }
    }

    private static Boolean outOfOrderFlag(AccessLogEntry e) {
        return e.outOfOrder() ? Boolean.TRUE : null;
    }

    /** openapi AccessLogPage. */
    record EntryPage(List<EntryView> items, String nextCursor) {
        static EntryPage of(Page<AccessLogEntry> page) {
            return new EntryPage(page.items().stream().map(EntryView::of).toList(), page.nextCursor().orElse(null));
        }
    }

    /** openapi Presence. */
    record PresenceView(List<InsideView> inside) {
        static PresenceView of(List<Inside> inside) {
            return new PresenceView(inside.stream().map(InsideView::of).toList());
        }
    }

    /** conditions only for a worker inside under some, in the words the presence keeps (the pass's pack's). */
    record InsideView(String workerId, String displayName, String department, String since, String gateId,
            String passId, List<ConditionView> conditions) {
        static InsideView of(Inside i) {
            var p = i.presence();
            return new InsideView(p.workerId(), i.displayName().orElse(null), i.department().orElse(null),
                    p.since().toString(), p.gateId(), p.passId(),
                    p.conditions().isEmpty() ? null : ConditionView.of(p.conditions()));
        }
    }

    /** openapi SyncBatchResult: one answer per entry, in the order sent. */
    record BatchView(List<ResultView> results) {
        static BatchView of(List<SyncResult> results) {
            return new BatchView(results.stream().map(ResultView::of).toList());
        }
    }

    /**
     * ACCEPTED / REJECTED with the entry that was logged (the first one, for a scan sent before), or NOT_LOGGED
     * with why: nothing was stored for it.
     */
    record ResultView(String scanId, String result, String reason, String logId, String at, Boolean offline,
            Boolean outOfOrder, Problem error) {
        static ResultView of(SyncResult r) {
            if (r.outcome().isEmpty()) {
                String code = r.notTaken().orElseThrow();
                return new ResultView(r.scanId(), "NOT_LOGGED", null, null, null, null, null,
                        new Problem(code, message(code)));
            }
            GateOutcome outcome = r.outcome().get();
            AccessLogEntry e = outcome.entry();
            return new ResultView(r.scanId(), e.result().name(), e.reason().map(Enum::name).orElse(null), e.id(),
                    e.at().toString(), e.offline(), outOfOrderFlag(e), null);
        }

        private static String message(String code) {
            return switch (code) {
                case "SCANNED_AT_IN_FUTURE" -> "scannedAt is ahead of the server's clock; check the gate's clock.";
                case "SCANNED_AT_TOO_OLD" -> "The scan is too old to be checked against its pass.";
                case "IDEMPOTENCY_CONFLICT" -> "This scanId was already used for another scan (gate, direction or pass).";
                default -> "Not logged.";
            };
        }
    }

    record Problem(String code, String message) {
    }
}
