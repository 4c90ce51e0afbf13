package com.gmpgate.checklist.api;

import com.gmpgate.api.ConditionView;
import com.gmpgate.api.SignatureView;
import com.gmpgate.checklist.application.AnswerRows;
import com.gmpgate.checklist.application.Decisions;
import com.gmpgate.checklist.application.Screening;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.AnswerError;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.Review;
import com.gmpgate.domain.checklist.SignedDecisions;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.PhotoAssessment;
import com.gmpgate.domain.verdict.Reason;
import com.gmpgate.domain.verdict.VerdictRecord;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.port.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reply bodies of the checklist routes (JSON DTOs, docs/openapi.yaml), mapped explicitly from the domain. The raw
 * health answers appear only when one submission is read (by its worker, or a reviewer of its site), never in
 * listings or events.
 */
final class ChecklistViews {

    private ChecklistViews() {
    }

    record Text(String ko, String en) {
        static Text of(LocalizedText text) {
            return text == null ? null : new Text(text.ko(), text.en());
        }
    }

    /** openapi ChecklistTemplate: the site's checklist, with the rule pack that will judge it. */
    record TemplateView(String id, int version, String rulePack, String rulePackVersion, String rulePackHash,
                        Text rulePackName, List<ItemView> items, List<ConditionView> conditions) {
        static TemplateView of(RulePack pack) {
            return new TemplateView(pack.template().id(), pack.template().version(), pack.id(), pack.version(),
                    pack.contentHash(), Text.of(pack.name()),
                    pack.template().items().stream().map(ItemView::of).toList(),
                    pack.conditions().values().stream().map(ConditionView::of).toList());
        }
    }

    /** openapi ChecklistItem: exactly the domain record's fields. */
    record ItemView(String id, String type, String category, int order, Text label, Text help, boolean required,
                    RequiredWhenView requiredWhen, BigDecimal min, BigDecimal max, String unit) {
        static ItemView of(ChecklistItem item) {
            return new ItemView(item.id(), item.type().name(), item.category().name(), item.order(),
                    Text.of(item.label()), item.help().map(Text::of).orElse(null), item.required(),
                    item.requiredWhen().map(w -> new RequiredWhenView(w.itemId(), w.is())).orElse(null),
                    item.min().orElse(null), item.max().orElse(null), item.unit().orElse(null));
        }
    }

    record RequiredWhenView(String itemId, boolean is) {
    }

    /** {@code verified} is for admins: a worker's view has none; nor the source of a plant's own rule. */
    record CitationView(String kind, String source, Boolean verified) {
        static CitationView forWorker(Citation citation) {
            if (!citation.verified()) {
                return null;
            }
            // a plant's own rule is called that: its wording is the plant's note to itself (the threshold's
            // background, "법정 기준 아님"), for the admins who keep the pack
            String source = citation.kind() == CitationKind.SITE_POLICY ? null : citation.source();
            return new CitationView(citation.kind().name(), source, null);
        }
    }

    /**
     * A rule that fired. An admin sees its citation as the pack has it, verified or not; the worker sees a plain
     * reason, and a citation only once it is verified — never a clause still marked for QA to confirm.
     */
    record ReasonView(String ruleId, Text message, CitationView citation) {
        static ReasonView of(Reason reason, boolean admin) {
            var citation = reason.citation();
            CitationView view = admin ? new CitationView(citation.kind().name(), citation.source(), citation.verified())
                    : CitationView.forWorker(citation);
            return new ReasonView(reason.ruleId(), Text.of(reason.message()), view);
        }
    }

    /** openapi AnswerRow: one answer, in the template's order, marked when a rule objects to it. */
    record AnswerRowView(String itemId, Text label, String type, Object value, String unit, boolean abnormal) {
        static AnswerRowView of(AnswerRows.Row row) {
            return new AnswerRowView(row.itemId(), row.item().map(i -> Text.of(i.label())).orElse(null),
                    row.item().map(i -> i.type().name()).orElse(null), row.value(),
                    row.item().flatMap(ChecklistItem::unit).orElse(null), row.abnormal());
        }
    }

    /** openapi Pass, as a submission carries it. */
    record PassView(String id, String token, String expiresAt, String verdict, List<ConditionView> conditions,
                    List<String> zones) {
        static PassView of(Pass pass, List<Condition> conditions) {
            return new PassView(pass.id(), pass.token(), pass.expiresAt().toString(), pass.verdict().name(),
                    ConditionView.of(conditions), pass.zones());
        }
    }

    /** @param analysisId the newest analysis of the photo (ai-service), on single-submission reads */
    record PhotoView(String itemId, String imageKey, String analysisId) {
    }

    record AssessmentView(String itemId, String imageKey, String source, String modelId,
                          WoundAssessmentView assessment) {
        static AssessmentView of(PhotoAssessment a) {
            return new AssessmentView(a.itemId(), a.imageKey(), a.source().name(), a.modelId().orElse(null),
                    WoundAssessmentView.of(a.assessment()));
        }
    }

    /** openapi WoundAssessment. */
    record WoundAssessmentView(boolean imageUsable, String qualityIssue, boolean woundPresent, String woundType,
                               String location, String severity, boolean infectionSigns, boolean bleeding,
                               boolean covered, String coverType, double confidence, String summary) {
        static WoundAssessmentView of(WoundAssessment w) {
            return new WoundAssessmentView(w.imageUsable(), w.qualityIssue().orElse(null), w.woundPresent(),
                    w.woundType().name(), w.location().name(), w.severity().name(), w.infectionSigns(), w.bleeding(),
                    w.covered(), w.coverType().name(), w.confidence(), w.summary());
        }
    }

    record RulePackView(String id, String version, String hash) {
    }

    /** What the rule pack decided, and with which pack: with the answers and assessments, enough to replay it. */
    record EvaluationView(String verdict, String evaluatedAt, String templateId, int templateVersion,
                          RulePackView rulePack, List<String> firedRuleIds) {
        static EvaluationView of(VerdictRecord e) {
            return new EvaluationView(e.verdict().name(), e.evaluatedAt().toString(), e.templateId(),
                    e.templateVersion(), new RulePackView(e.rulePackId(), e.rulePackVersion(), e.rulePackHash()),
                    e.firedRuleIds());
        }
    }

    /** openapi Review: the audit record of one decision. */
    record ReviewView(String decision, List<ConditionView> conditions, String note, String reviewedBy,
                      String reviewedAt, String previousVerdict, String verdict, String signatureStatus,
                      SignatureView signature) {
        static ReviewView of(Submission s, int index) {
            Review r = s.reviews().get(index);
            return new ReviewView(r.decision().name(), ConditionView.of(r.conditions()),
                    r.note(), r.reviewerId(), r.reviewedAt().toString(), r.previousVerdict().name(),
                    r.resultingVerdict().name(), SignedDecisions.status(s, index).name(),
                    r.signature().map(SignatureView::of).orElse(null));
        }

        static List<ReviewView> all(Submission s) {
            return java.util.stream.IntStream.range(0, s.reviews().size()).mapToObj(i -> of(s, i)).toList();
        }
    }

    /**
     * openapi Submission. {@code pass} only while it can be shown; {@code review} is the latest of {@code reviews};
     * {@code answers} (the raw health answers, while they are kept) only when one submission is read;
     * {@code reviewConditions} (what a reviewer may attach, in the words of the pack it was judged with) only when an
     * admin reads one.
     */
    record SubmissionView(String id, String workerId, String siteId, String siteDate, String submittedAt,
                          String verdict, List<ReasonView> reasons, List<ConditionView> conditions, Text returnToWork,
                          PassView pass, List<PhotoView> photos, List<AssessmentView> assessments,
                          Map<String, Object> answers, List<AnswerRowView> answerRows, boolean lockedOut,
                          EvaluationView evaluation, ReviewView review, List<ReviewView> reviews,
                          List<ConditionView> reviewConditions) {

        /** A listing's item, or the reply to a submission: no raw answers. */
        static SubmissionView of(Screening screening, boolean admin) {
            return of(screening, Optional.empty(), admin);
        }

        static SubmissionView of(Submission submission, boolean admin) {
            return of(new Screening(submission, Optional.empty(), Map.of()), admin);
        }

        /** One submission read by its worker or a reviewer of the site, with its answers as the pack orders them. */
        static SubmissionView detail(Screening screening, RulePack pack, boolean admin) {
            return of(screening, Optional.of(pack), admin);
        }

        private static SubmissionView of(Screening screening, Optional<RulePack> packForAnswers, boolean admin) {
            boolean withAnswers = packForAnswers.isPresent();
            Submission s = screening.submission();
            List<Condition> conditions = s.currentConditions();
            Map<String, String> analysisIds = screening.analysisIds();
            Map<String, Object> answers = s.evaluation().answers();
            return new SubmissionView(s.id(), s.workerId(), s.siteId(), s.siteDate().toString(),
                    s.submittedAt().toString(), s.verdict().name(),
                    s.evaluation().reasons().stream().map(r -> ReasonView.of(r, admin)).toList(),
                    ConditionView.of(conditions),
                    Decisions.returnToWork(s).map(Text::of).orElse(null),
                    screening.pass().map(p -> PassView.of(p, conditions)).orElse(null),
                    s.photos().stream().map(p -> new PhotoView(p.itemId(), p.imageKey(), analysisIds.get(p.imageKey())))
                            .toList(),
                    s.evaluation().assessments().stream().map(AssessmentView::of).toList(),
                    withAnswers && !answers.isEmpty() ? new TreeMap<>(answers) : null,
                    withAnswers && !answers.isEmpty() ? packForAnswers.map(pack -> AnswerRows.of(pack.template(),
                            answers, s.evaluation().firedRuleIds().stream().flatMap(id -> pack.rule(id).stream())
                                    .toList()).stream().map(AnswerRowView::of).toList()).orElse(null) : null,
                    s.evaluation().lockedOut(), EvaluationView.of(s.evaluation()),
                    s.reviews().isEmpty() ? null : ReviewView.of(s, s.reviews().size() - 1),
                    ReviewView.all(s),
                    admin ? packForAnswers.map(pack -> pack.conditions().values().stream().map(ConditionView::of)
                            .toList()).orElse(null) : null);
        }
    }

    record SubmissionPage(List<SubmissionView> items, String nextCursor) {
        static SubmissionPage of(Page<Submission> page, boolean admin) {
            return new SubmissionPage(page.items().stream().map(s -> SubmissionView.of(s, admin)).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    /** A refused answer in a 400's {@code details}: the worker reads it, so in both languages. */
    record AnswerDetail(String field, String code, Text message) {
        static AnswerDetail of(AnswerError error) {
            return new AnswerDetail(error.field(), error.code().name(), Text.of(error.message()));
        }
    }
}
