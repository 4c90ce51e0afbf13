package com.gmpgate.records.api;

import com.gmpgate.api.ConditionView;
import com.gmpgate.api.SignatureView;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.port.Page;
import com.gmpgate.records.application.AuditQueries;
import com.gmpgate.records.application.DailySheet;
import com.gmpgate.records.application.VerdictReplay;
import java.time.ZoneId;
import java.util.List;

/** The JSON views of the records routes (docs/openapi.yaml AuditPage, DailySheet). */
final class RecordsViews {

    private RecordsViews() {
    }

    record Text(String ko, String en) {
    }

    record AuditEntryView(String id, String at, String action, Text actionText, String actorId, String actorName,
                          String targetType, String targetId, String targetName, String detail,
                          SignatureView signature, String signatureStatus) {
        static AuditEntryView of(AuditQueries.Row row) {
            AuditEntry e = row.entry();
            return new AuditEntryView(e.id(), e.at().toString(), e.action().name(),
                    new Text(e.action().text().ko(), e.action().text().en()), e.actorId(), row.actorName(),
                    e.targetType(), e.targetId(), row.targetName(), e.detail(),
                    e.signature().map(SignatureView::of).orElse(null),
                    row.signatureStatus().map(Enum::name).orElse(null));
        }
    }

    record AuditPage(List<AuditEntryView> items, String nextCursor, String timeZone) {
        static AuditPage of(Page<AuditQueries.Row> page, ZoneId zone) {
            return new AuditPage(page.items().stream().map(AuditEntryView::of).toList(),
                    page.nextCursor().orElse(null), zone.getId());
        }
    }

    /** openapi ReplayDecision: one decision or correction, with its signature and whether it holds. */
    record DecisionView(String decision, String previousVerdict, String verdict, String note, String reviewedAt,
                        String signatureStatus, SignatureView signature) {
        static List<DecisionView> all(com.gmpgate.domain.checklist.Submission s,
                                      List<com.gmpgate.domain.checklist.SignedDecisions.Status> statuses) {
            return java.util.stream.IntStream.range(0, s.reviews().size()).mapToObj(i -> {
                var r = s.reviews().get(i);
                return new DecisionView(r.decision().name(), r.previousVerdict().name(), r.resultingVerdict().name(),
                        r.note(), r.reviewedAt().toString(), statuses.get(i).name(),
                        r.signature().map(SignatureView::of).orElse(null));
            }).toList();
        }
    }

    /**
     * openapi VerdictReplay: what a replay could check, and what still stands after the answers expired. The
     * conditions are the evaluation's, in the words its record keeps (the submission's own rule pack's).
     */
    record ReplayView(String submissionId, String outcome, Text statement, String verdict, String rulePackId,
                      String rulePackVersion, String rulePackHash, boolean rulePackFound, List<String> firedRuleIds,
                      List<ConditionView> conditions, boolean answersAvailable, String answersExpireAt,
                      List<String> differences, List<String> signatures, List<DecisionView> decisions) {
        static ReplayView of(VerdictReplay.Result r) {
            var s = r.submission();
            var e = s.evaluation();
            return new ReplayView(s.id(), r.outcome().name(), statement(r), s.verdict().name(), e.rulePackId(),
                    e.rulePackVersion(), e.rulePackHash(), r.pack().isPresent(), e.firedRuleIds(),
                    ConditionView.of(e.conditions()),
                    r.outcome() != VerdictReplay.Outcome.ANSWERS_EXPIRED, s.expiresAt().toString(), r.differences(),
                    r.signatures().stream().map(Enum::name).toList(), DecisionView.all(s, r.signatures()));
        }

        private static Text statement(VerdictReplay.Result r) {
            return switch (r.outcome()) {
                case MATCHES -> new Text("같은 규칙팩(해시 일치)으로 다시 평가한 결과가 저장된 판정과 같습니다.",
                        "Re-evaluated with the same rule pack (hash match): the same verdict, reasons and conditions.");
                case DIFFERS -> new Text("같은 규칙팩으로 다시 평가한 결과가 저장된 판정과 다릅니다: " + r.differences(),
                        "Re-evaluated with the same rule pack, the result differs in " + r.differences() + ".");
                case ANSWERS_EXPIRED -> new Text("원 답변은 보존기간이 지나 삭제되어 다시 평가할 수 없습니다. 규칙팩 해시, "
                        + "적용된 규칙, 조건, 검토 결정과 전자서명은 기록에 남아 있습니다.",
                        "The raw answers expired with their retention, so the evaluation cannot be re-run. The rule-pack "
                                + "hash, the rules that fired, the conditions, the decisions and their signatures stand.");
                case RULE_PACK_UNKNOWN -> new Text("기록된 해시의 규칙팩이 이 버전에 없어 다시 평가할 수 없습니다.",
                        "No shipped rule pack has the recorded hash, so the evaluation cannot be re-run.");
            };
        }
    }

    record SheetView(String siteId, String date, String generatedAt, String title, List<String> header,
                     List<List<String>> rows, int answersExpired, List<String> notes) {
        static SheetView of(DailySheet s) {
            return new SheetView(s.siteId(), s.date().toString(), s.generatedAt().toString(), s.title(), s.header(),
                    s.rows(), s.answersExpired(), s.notes());
        }
    }
}
