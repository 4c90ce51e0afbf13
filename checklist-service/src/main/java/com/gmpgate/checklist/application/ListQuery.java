package com.gmpgate.checklist.application;

import com.gmpgate.domain.verdict.Verdict;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters of a submission listing.
 *
 * @param date site-local day; an admin's listing defaults to today
 */
public record ListQuery(Optional<LocalDate> date, Optional<Verdict> verdict, Optional<String> workerId) {
    public ListQuery {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(workerId, "workerId");
    }

    public static ListQuery none() {
        return new ListQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
