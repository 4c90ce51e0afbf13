package com.gmpgate.api;

/**
 * A request body that checks itself after strict parsing: required fields, lengths, formats. {@link Json#read}
 * calls it and answers 400 VALIDATION_FAILED listing every problem at once.
 */
public interface Validatable {
    void validate(Violations violations);
}
