package com.gmpgate.bedrock;

/** The model's tool input does not fit the assessment schema; the message names the field, never echoes its value. */
public final class InvalidToolInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidToolInputException(String message) {
        super(message, null, false, false);
    }
}
