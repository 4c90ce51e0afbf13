package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.ReviewDecision;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer's correction of a signed decision, as sent.
 *
 * @param corrects   the {@code hash} of the signature being corrected: the submission's latest decision as the reviewer
 *                   saw it, so a correction made on a stale page (another correction landed meanwhile) is refused
 * @param conditions condition codes, for APPROVE_WITH_CONDITIONS only
 * @param reason     why the decision is corrected; required, kept with the correction
 * @param password   the reviewer's password, re-entered to sign the correction; never stored
 */
public record CorrectionCommand(String corrects, ReviewDecision decision, List<String> conditions, String reason,
                                String password) {
    public CorrectionCommand {
        Objects.requireNonNull(corrects, "corrects");
        Objects.requireNonNull(decision, "decision");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CorrectionCommand[corrects=" + corrects + ", decision=" + decision + ", conditions=" + conditions
                + ", reason=" + reason + "]";
    }
}
