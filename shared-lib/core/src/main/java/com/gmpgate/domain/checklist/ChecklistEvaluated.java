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
 * @param gastrointestinal a FAIL for vomiting, diarrhoea or jaundice ({@link GastroIntestinal}): the one health
 *                   signal an event carries, without saying which, for the outbreak watch of the notifications
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
        Optional<String> reviewerId,
        boolean gastrointestinal) {

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
        if (gastrointestinal && verdict != Verdict.FAIL) {
            throw new IllegalArgumentException("only a FAIL carries the gastro-intestinal signal");
        }
    }

    /** An event without the gastro-intestinal signal (reviews, and every verdict but such a FAIL). */
    public ChecklistEvaluated(String submissionId, String siteId, String workerId, LocalDate siteDate, Verdict verdict,
            Trigger trigger, Instant occurredAt, Optional<String> passId, Optional<String> reviewerId) {
        this(submissionId, siteId, workerId, siteDate, verdict, trigger, occurredAt, passId, reviewerId, false);
    }

    public enum Trigger {
        /** The rule pack decided a new submission. */
        SUBMISSION,
        /** A supervisor approved or rejected it. */
        REVIEW
    }
}
