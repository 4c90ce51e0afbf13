package com.gmpgate.ai.application;

/** A refusal of an ai-service use case; the handler maps each kind onto a reply. */
public abstract class AiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected AiException(String message) {
        super(message, null, false, false);
    }
}
