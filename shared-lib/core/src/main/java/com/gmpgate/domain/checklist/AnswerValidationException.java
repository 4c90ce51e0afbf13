package com.gmpgate.domain.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** The submission's answers were refused; {@link #errors()} lists every bad item, so the app can mark them all at once. */
public class AnswerValidationException extends RuntimeException {
    private final List<AnswerError> errors;

    public AnswerValidationException(List<AnswerError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an AnswerValidationException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }

    private static String summary(List<AnswerError> errors) {
        return "invalid answers: " + errors.stream()
                .map(e -> e.field() + "=" + e.code())
                .collect(Collectors.joining(", "));
    }
}
