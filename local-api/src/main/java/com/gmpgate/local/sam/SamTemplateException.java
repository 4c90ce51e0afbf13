package com.gmpgate.local.sam;

/** The template asks for something the local runtime cannot do the way AWS would; the message says where. */
public class SamTemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SamTemplateException(String message) {
        super(message);
    }

    public SamTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
