package com.gmpgate.domain.checklist;

import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.domain.verdict.VerdictRecord;
import java.util.List;

/**
 * Whether a screening excluded the worker with a gastro-intestinal symptom (vomiting, diarrhoea, jaundice: the
 * symptoms every shipped pack excludes on, and the ones a food-borne outbreak shows). The outbreak watch counts these;
 * which of the three it was is not told.
 */
public final class GastroIntestinal {

    /** The checklist item ids (DESIGN.md section 3; the same in every shipped pack). */
    public static final List<String> ITEMS = List.of("vomiting", "diarrhea", "jaundice");

    private GastroIntestinal() {
    }

    public static boolean excluded(VerdictRecord evaluation) {
        return evaluation.verdict() == Verdict.FAIL
                && ITEMS.stream().anyMatch(item -> Boolean.TRUE.equals(evaluation.answers().get(item)));
    }
}
