package com.gmpgate.domain.checklist;

import com.gmpgate.domain.LocalizedText;
import java.util.Objects;

/**
 * One refused answer.
 *
 * @param field the item id, or {@code templateId} / {@code templateVersion} for a template mismatch
 */
public record AnswerError(String field, AnswerErrorCode code, LocalizedText message) {
    public AnswerError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
