package com.gmpgate.api;

import java.util.Objects;

/**
 * One entry of a 400's {@code details} (openapi ErrorDetail): which field, and what is wrong with it.
 *
 * @param field JSON path of the field ({@code answers.temperature}, {@code photos[0].imageKey}); {@code ""} for the
 *              body as a whole
 * @param code  UPPER_SNAKE reason: REQUIRED, UNKNOWN_FIELD, WRONG_TYPE, TOO_LONG, TOO_SHORT, INVALID, …
 * @param message human-readable, safe to show
 */
public record FieldProblem(String field, String code, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
