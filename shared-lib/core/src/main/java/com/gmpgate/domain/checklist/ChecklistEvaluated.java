package com.gmpgate.domain.checklist;

import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A screening was decided: by the rule pack when it was submitted, or by a supervisor's review. Notifications
 * (FAIL, PENDING_REVIEW) and dashboards listen for it. It carries ids, the day and the verdict only — never the
 * health answers, the reasons or the photo — because events travel to places (buses, logs, other services) that
 * are not the plant's legal record.
 *
 * @param trigger    what decided the verdict
 * @param occurredAt when it was decided (the submission or the review)
 * @param passId     the pass issued with this verdict, if any
 * @param reviewerId the admin who reviewed, for {@link Trigger#REVIEW}
 */
public record ChecklistEvaluated(
        String submissionId,
        String siteId,
        String workerId,
        LocalDate siteDate,
        Verdict verdict,
        Trigger trigger,
        Instant occurredAt,
        Optional<String> passId,
        Optional<String> reviewerId) {

    /** The event's name on the bus (EventBridge {@code detail-type}). */
    public static final String TYPE = "ChecklistEvaluated";

    public ChecklistEvaluated {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(siteDate, "siteDate");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(reviewerId, "reviewerId");
        if ((trigger == Trigger.REVIEW) != reviewerId.isPresent()) {
            throw new IllegalArgumentException("a reviewer id belongs to REVIEW events, and only to them");
        }
    }

    public enum Trigger {
        /** The rule pack decided a new submission. */
        SUBMISSION,
        /** A supervisor approved or rejected it. */
        REVIEW
    }
}
