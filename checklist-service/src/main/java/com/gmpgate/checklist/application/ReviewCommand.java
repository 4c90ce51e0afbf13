package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.ReviewDecision;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor's decision as sent.
 *
 * @param conditions condition codes, for APPROVE_WITH_CONDITIONS only
 * @param note       why; required for REJECT, kept with the decision in every case
 */
public record ReviewCommand(ReviewDecision decision, List<String> conditions, String note) {
    public ReviewCommand {
        Objects.requireNonNull(decision, "decision");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(note, "note");
    }
}
