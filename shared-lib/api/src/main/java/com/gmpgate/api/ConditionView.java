package com.gmpgate.api;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.verdict.Condition;
import java.util.List;

/**
 * openapi Condition, the one view of a condition every reply names one with: the code (what a pass token carries)
 * and its words as the record keeps them, which are those of the submission's own rule pack (packs word one code
 * differently: a US site's pass reads the Food Code's sentence, not the Korean pack's).
 */
public record ConditionView(String code, LocalizedText message) {

    public static ConditionView of(Condition condition) {
        return new ConditionView(condition.code(), condition.message());
    }

    public static List<ConditionView> of(List<Condition> conditions) {
        return conditions.stream().map(ConditionView::of).toList();
    }
}
