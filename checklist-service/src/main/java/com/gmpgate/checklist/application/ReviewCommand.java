package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.ReviewDecision;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor's decision as sent.
 *
 * @param conditions condition codes, for APPROVE_WITH_CONDITIONS only
 * @param note       why; required for REJECT, kept with the decision in every case
 * @param password   the reviewer's password, re-entered to sign the decision; never stored
 */
public record ReviewCommand(ReviewDecision decision, List<String> conditions, String note, String password) {
    public ReviewCommand {
        Objects.requireNonNull(decision, "decision");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ReviewCommand[decision=" + decision + ", conditions=" + conditions + ", note=" + note + "]";
    }
}
