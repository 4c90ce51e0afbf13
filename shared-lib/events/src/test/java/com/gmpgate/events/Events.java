package com.gmpgate.events;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.verdict.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

final class Events {

    private Events() {
    }

    static ChecklistEvaluated failed() {
        return new ChecklistEvaluated("sub-1", "demo-site", "u-worker1", LocalDate.of(2026, 3, 2), Verdict.FAIL,
                ChecklistEvaluated.Trigger.SUBMISSION, Instant.parse("2026-03-02T00:15:00Z"), Optional.empty(),
                Optional.empty());
    }

    static ChecklistEvaluated approved() {
        return new ChecklistEvaluated("sub-2", "demo-site", "u-worker1", LocalDate.of(2026, 3, 2), Verdict.PASS,
                ChecklistEvaluated.Trigger.REVIEW, Instant.parse("2026-03-02T00:40:00Z"), Optional.of("pass-9"),
                Optional.of("u-admin"));
    }
}
