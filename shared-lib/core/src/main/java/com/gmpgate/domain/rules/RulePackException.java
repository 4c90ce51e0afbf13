package com.gmpgate.domain.rules;

/** A rule pack could not be loaded: malformed YAML, or content that breaks the pack's rules. The message names the place. */
public class RulePackException extends RuntimeException {
    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
