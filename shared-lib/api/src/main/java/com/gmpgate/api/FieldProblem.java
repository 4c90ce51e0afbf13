package com.gmpgate.api;

import java.util.Objects;

/**
 * One entry of a 400's {@code details}: which field, and what is wrong with it.
 *
 * @param field JSON path of the field ({@code answers.temperature}, {@code photos[0].imageKey}); {@code ""} for the
 *              body as a whole
 * @param issue UPPER_SNAKE reason: REQUIRED, UNKNOWN_FIELD, WRONG_TYPE, TOO_LONG, TOO_SHORT, INVALID, …
 * @param message human-readable, safe to show
 */
public record FieldProblem(String field, String issue, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(message, "message");
    }
}
