package com.gmpgate.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the problems of one request, so the client learns all of them in one reply. */
public final class Violations {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Present and, for text, not blank. Returns whether it was. */
    public boolean required(String field, Object value) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            add(field, "REQUIRED", field + " is required.");
            return false;
        }
        return true;
    }

    /**
     * Length in characters as a person counts them (Unicode code points, so a Korean syllable is one), when the
     * value is present.
     */
    public void length(String field, String value, int min, int max) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            add(field, "TOO_SHORT", field + " must have at least " + min + " characters.");
        } else if (length > max) {
            add(field, "TOO_LONG", field + " must have at most " + max + " characters.");
        }
    }

    public void matches(String field, String value, Pattern pattern, String expectation) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, "INVALID", field + " " + expectation);
        }
    }

    public void size(String field, Collection<?> value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value.size() < min) {
            add(field, "TOO_FEW", field + " must have at least " + min + " items.");
        } else if (value.size() > max) {
            add(field, "TOO_MANY", field + " must have at most " + max + " items.");
        }
    }

    /** No control characters (line breaks included): names and ids end up in CSV exports and logs. */
    public void printable(String field, String value) {
        if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
            add(field, "INVALID", field + " must not contain control characters.");
        }
    }

    /**
     * An identifier ({@link Identifiers#ID}), when present: TOO_LONG past {@value Identifiers#MAX_ID_LENGTH}
     * characters, else INVALID for any character outside the set. Every id a body or a URL names goes through here
     * before it becomes part of a storage key.
     */
    public void id(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > Identifiers.MAX_ID_LENGTH) {
            add(field, "TOO_LONG", field + " must have at most " + Identifiers.MAX_ID_LENGTH + " characters.");
        } else if (!Identifiers.ID.matcher(value).matches()) {
            add(field, "INVALID", field + " " + Identifiers.ID_RULE);
        }
    }

    public void add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws ApiException 400 VALIDATION_FAILED if any problem was found */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }
}
