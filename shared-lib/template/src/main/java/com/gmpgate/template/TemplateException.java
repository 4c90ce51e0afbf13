package com.gmpgate.template;

/** template.yaml cannot be read, or a resource in it lacks what the local engines need. */
public class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
