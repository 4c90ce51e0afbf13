package com.gmpgate.checklist.application;

import java.util.List;
import java.util.Objects;

/** The review request itself is wrong (unknown condition codes, a rejection without a note): 400, naming each. */
public final class InvalidReviewException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidReviewException(List<Problem> problems) {
        super("invalid review: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidReviewException needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param field the request field ({@code conditions[1]}, {@code note}) */
    public record Problem(String field, String code, String message) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
