package com.gmpgate.domain.verdict;

import com.gmpgate.domain.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to show, store and later replay one evaluation: the inputs (answers, photo
 * assessments, template and rule-pack identity including the pack's content hash) and the outputs.
 * Re-evaluating {@link #answers()} and {@link #assessments()} with the pack of the same hash gives the
 * same verdict, reasons and conditions.
 *
 * @param answers validated answers: item id to {@code Boolean} or {@code java.math.BigDecimal}
 * @param returnToWork on FAIL, when and how the worker may come back (e.g. 24 h symptom-free)
 * @param lockedOut true when an earlier FAIL that day, not yet reinstated, forced this verdict
 */
public record VerdictRecord(
        Verdict verdict,
        List<Reason> reasons,
        List<Condition> conditions,
        Optional<LocalizedText> returnToWork,
        List<String> firedRuleIds,
        String templateId,
        int templateVersion,
        String rulePackId,
        String rulePackVersion,
        String rulePackHash,
        Map<String, Object> answers,
        List<PhotoAssessment> assessments,
        boolean lockedOut,
        Instant evaluatedAt) {

    public VerdictRecord {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(returnToWork, "returnToWork");
        firedRuleIds = List.copyOf(firedRuleIds);
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(rulePackId, "rulePackId");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        Objects.requireNonNull(rulePackHash, "rulePackHash");
        answers = Map.copyOf(answers);
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }

    public List<String> conditionCodes() {
        return conditions.stream().map(Condition::code).toList();
    }
}
